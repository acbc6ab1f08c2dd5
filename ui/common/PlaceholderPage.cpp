#include "PlaceholderPage.h"

#include "PageHeading.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
QLabel *paragraph(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PlaceholderPage::PlaceholderPage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setMaximumWidth(860);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    m_title = new PageHeading(PageHeading::Level::Title, content);
    layout->addWidget(m_title);

    m_notice = new QLabel(content);
    m_notice->setObjectName(QStringLiteral("comingNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(10);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    layout->addWidget(m_notice);

    m_summary = paragraph(content);
    layout->addWidget(m_summary);

    m_plansHeading = new PageHeading(PageHeading::Level::Section, content);
    layout->addSpacing(4);
    layout->addWidget(m_plansHeading);
    m_plans = paragraph(content);
    m_plans->setTextFormat(Qt::RichText);
    layout->addWidget(m_plans);

    m_hint = paragraph(content);
    m_hint->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_hint);
    layout->addStretch(1);

    // Keep the text at a readable line length, aligned left on wide windows.
    auto *row = new QWidget(scroll);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(content, 1);
    rowLayout->addStretch(0);
    scroll->setWidget(row);

    retranslateUi();
}

void PlaceholderPage::setTexts(const QString &title, const QString &summary, const QStringList &plans,
                               const QString &hint)
{
    m_title->setText(title);
    m_summary->setText(summary);
    QString list = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &plan : plans)
        list += QStringLiteral("<li style=\"margin-bottom: 6px;\">%1</li>").arg(plan.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    m_plans->setText(list);
    m_plans->setAccessibleName(plans.join(QLatin1Char('\n')));
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_notice->setText(tr("This page is coming in a later version of Kohtaamo. Nothing is missing from your data: "
                         "it is simply not shown here yet."));
    m_plansHeading->setText(tr("What this page will do"));
}

} // namespace Kohtaamo
