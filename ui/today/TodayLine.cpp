#include "TodayLine.h"

#include "common/Colours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

namespace Kohtaamo {

TodayLine::TodayLine(QWidget *parent) : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 6, 12, 6);
    layout->setSpacing(14);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("count"));
    QFont big = font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.5);
    m_countLabel->setFont(big);
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("00 000")));
    layout->addWidget(m_countLabel, 0, Qt::AlignVCenter);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(1);
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("sentence"));
    m_sentence->setWordWrap(true);
    texts->addWidget(m_sentence);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    texts->addWidget(m_detail);
    layout->addLayout(texts, 1);

    m_chevron = new QLabel(QStringLiteral("›"), this);
    m_chevron->setForegroundRole(QPalette::PlaceholderText);
    m_chevron->setFont(big);
    layout->addWidget(m_chevron, 0, Qt::AlignVCenter);

    // The labels are drawn inside the button; clicks and hovering belong to the button.
    for (QLabel *label : { m_countLabel, m_sentence, m_detail, m_chevron })
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
}

void TodayLine::setLine(int count, const QString &countText, const QString &sentence, const QString &detail)
{
    m_count = count;
    m_countLabel->setText(countText);
    m_fullSentence = sentence;
    // The number stands big beside the sentence; where the sentence starts with it, it is not shown twice.
    const QString lead = countText + QLatin1Char(' ');
    m_sentence->setText(sentence.startsWith(lead) ? sentence.mid(lead.size()) : sentence);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setText(sentence);
    setAccessibleName(detail.isEmpty() ? sentence : sentence + QStringLiteral(". ") + detail);
    updateQuietness();
    updateGeometry();
}

void TodayLine::setActionDescription(const QString &description)
{
    setAccessibleDescription(description);
    setToolTip(description);
}

QString TodayLine::countText() const
{
    return m_countLabel->text();
}

QString TodayLine::sentence() const
{
    return m_fullSentence;
}

QString TodayLine::detail() const
{
    return m_detail->text();
}

void TodayLine::updateQuietness()
{
    // Nothing to do here: the number steps back so that the lines that need work stand out.
    m_countLabel->setForegroundRole(m_count == 0 ? QPalette::PlaceholderText : QPalette::WindowText);
}

QSize TodayLine::sizeHint() const
{
    return layout() ? layout()->sizeHint() : QAbstractButton::sizeHint();
}

QSize TodayLine::minimumSizeHint() const
{
    return layout() ? layout()->minimumSize() : QAbstractButton::minimumSizeHint();
}

void TodayLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = palette().color(QPalette::Base);
    if (isDown())
        fill = palette().color(QPalette::Midlight);
    else if (underMouse())
        fill = palette().color(QPalette::AlternateBase);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 6, 6);
    if (hasFocus()) {
        painter.setPen(QPen(Colours::focusFrame(palette()), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5);
    }
}

void TodayLine::keyPressEvent(QKeyEvent *event)
{
    // Space is the button's own; Enter and Return open the list too, as on a link.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        click();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

bool TodayLine::event(QEvent *event)
{
    if (event->type() == QEvent::HoverEnter || event->type() == QEvent::HoverLeave)
        update();
    return QAbstractButton::event(event);
}

} // namespace Kohtaamo
