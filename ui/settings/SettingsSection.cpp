#include "SettingsSection.h"

#include "common/PageHeading.h"

#include <QEvent>
#include <QLabel>
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

void SettingsSection::setDatabase(Database *) { }

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

} // namespace Kohtaamo
