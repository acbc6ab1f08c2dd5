#include "SectionMessage.h"

#include "common/Colours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Kohtaamo {

SectionMessage::SectionMessage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // The action may clear or replace this message: keep the function alive while it runs.
        const auto action = m_onAction;
        if (action)
            action();
    });
    QWidget::hide();
}

void SectionMessage::show(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_label->setText(text);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText,
                     kind == Kind::Problem ? Colours::toneText(palette, Colours::Tone::Problem)
                                           : QWidget::palette().color(QPalette::WindowText));
    m_label->setPalette(palette);
    m_label->setAccessibleName(kind == Kind::Problem ? tr("Problem") : tr("Message"));
    m_label->setAccessibleDescription(text);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    QWidget::show();
}

void SectionMessage::clear()
{
    m_label->clear();
    m_action->hide();
    m_onAction = {};
    QWidget::hide();
}

QString SectionMessage::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace Kohtaamo
