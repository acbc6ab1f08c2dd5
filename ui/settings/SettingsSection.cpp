#include "SettingsSection.h"

#include "common/HeaderTexts.h"
#include "common/PageHeading.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

SettingsSection::SettingsSection(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_heading = new PageHeading(PageHeading::Level::Section, this);
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(m_heading);
    m_introduction = new QLabel(this);
    m_introduction->setObjectName(QStringLiteral("sectionIntroduction"));
    m_introduction->setWordWrap(true);
    m_introduction->setTextFormat(Qt::PlainText);
    layout->addWidget(m_introduction);
    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("sectionBody"));
    layout->addWidget(m_body, 1);
}

void SettingsSection::setOffice(OfficeService *) { }

void SettingsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsSection::setIntroduction(const QString &text)
{
    m_heading->setText(title());
    m_introduction->setText(text);
    m_introduction->setVisible(!text.isEmpty());
}

QTableView *SettingsSection::addRecordList(QVBoxLayout *layout, QLabel *label, QAbstractItemModel *model, int stretch,
                                           const QString &objectName)
{
    layout->addWidget(label);
    auto *view = new QTableView(body());
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    keepHeaderTextsWhole(view->horizontalHeader()); // a narrow page scrolls the list rather than cut its headers
    view->setTabKeyNavigation(false);
    label->setBuddy(view);
    layout->addWidget(view, 1);
    return view;
}

QLabel *SettingsSection::addFormTitle(QVBoxLayout *layout)
{
    auto *title = new QLabel(body());
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true); // a long record name must not make the page wider than the window (issue 19)
    layout->addWidget(title);
    return title;
}

} // namespace Kohtaamo
