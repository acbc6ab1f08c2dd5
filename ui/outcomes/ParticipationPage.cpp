#include "ParticipationPage.h"

#include "EngagementDelegate.h"
#include "EngagementTableModel.h"
#include "EngagementTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

ParticipationPage::ParticipationPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("participationPage"));
    m_model = new EngagementTableModel(this);

    m_label = new QLabel(this);
    m_view = new EngagementTableView(this);
    m_view->setObjectName(QStringLiteral("engagementTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new EngagementDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move between cells
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_label->setBuddy(m_view);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noEngagements"));
    m_empty->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("debriefNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_notice);
    layout->addWidget(m_hint);

    connect(m_model, &EngagementTableModel::rowsChangedByUser, this, &ParticipationPage::updateNotice);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipationPage::fitColumns);
    retranslateUi();
}

void ParticipationPage::commitPendingEdit()
{
    m_view->commitOpenEditor();
}

void ParticipationPage::focusCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void ParticipationPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    // Room for the editors (a spin box with its arrows, a date with its calendar button) and for the names.
    const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("0000,00 €")) + 48;
    for (int column : { EngagementTableModel::HoursColumn, EngagementTableModel::FeeColumn,
                        EngagementTableModel::TravelColumn, EngagementTableModel::DebriefDateColumn })
        header->resizeSection(column, std::max(header->sectionSize(column), minimum));
    header->resizeSection(EngagementTableModel::AttendanceColumn,
                          std::max(header->sectionSize(EngagementTableModel::AttendanceColumn), minimum + 24));
    header->resizeSection(EngagementTableModel::WorkerColumn,
                          std::max(header->sectionSize(EngagementTableModel::WorkerColumn), minimum + 40));
    // The tick columns are as wide as the longest word of their heading, which wraps: the whole table fits a dialog
    // on a 1280-pixel screen without scrolling sideways.
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    header->setMinimumHeight(header->fontMetrics().lineSpacing() * 2 + 8); // two lines of a wrapped heading
    for (int column : { EngagementTableModel::FeeDeclinedColumn, EngagementTableModel::PreparationColumn,
                        EngagementTableModel::DebriefColumn, EngagementTableModel::DebriefedByColumn }) {
        const QString title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int widest = 0;
        for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, header->fontMetrics().horizontalAdvance(word));
        const int wanted = std::max(widest + 24, column == EngagementTableModel::DebriefedByColumn ? minimum : 56);
        header->resizeSection(column, std::min(header->sectionSize(column), wanted));
    }
}

void ParticipationPage::updateNotice()
{
    const QStringList debriefs = m_model->missingDebriefs();
    const QStringList planned = m_model->missingAttendance();
    QStringList lines;
    if (!debriefs.isEmpty())
        lines << tr("Debrief still missing for %n worker(s): %1. Every event is followed by a debrief.", nullptr,
                    int(debriefs.size()))
                     .arg(debriefs.join(tr(", ")));
    if (!planned.isEmpty())
        lines << tr("Attendance not recorded yet for %n worker(s): %1.", nullptr, int(planned.size()))
                     .arg(planned.join(tr(", ")));
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setAccessibleName(m_notice->text());
    m_notice->setVisible(!lines.isEmpty());
    const bool none = m_model->rowCount() == 0;
    m_empty->setVisible(none);
    m_view->setVisible(!none);
    m_hint->setVisible(!none);
}

void ParticipationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void ParticipationPage::retranslateUi()
{
    m_label->setText(tr("&Workers engaged in this request:"));
    m_view->setAccessibleName(tr("Workers engaged in this request"));
    m_empty->setText(tr("No one is engaged in this request yet. Workers become engaged when the request is "
                        "confirmed with their accepted invitations."));
    m_hint->setText(tr("Double-click a cell or press F2 to change it; Space ticks a box. Ticking “Debrief done” "
                       "fills in today's date, which can be changed."));
    updateNotice();
}

} // namespace Kohtaamo
