#include "CountTile.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Kohtaamo {

CountTile::CountTile(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(2);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = QApplication::font(this);
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 2.2);
    else
        big.setPixelSize(big.pixelSize() * 2);
    m_value->setFont(big);
    layout->addWidget(m_value);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);
    layout->addStretch(1);

    setValue(0);
}

void CountTile::setTitle(const QString &title)
{
    m_title->setText(title);
    updateAccessibleName();
}

void CountTile::setValue(int value)
{
    m_count = value;
    m_value->setText(QLocale().toString(value));
    updateAccessibleName();
}

void CountTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    updateAccessibleName();
}

QString CountTile::title() const
{
    return m_title->text();
}

QString CountTile::valueText() const
{
    return m_value->text();
}

QString CountTile::detail() const
{
    return m_detail->text();
}

void CountTile::changeEvent(QEvent *event)
{
    // Numbers follow the language: "1 234" in Finnish and Swedish, "1,234" in English.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setValue(m_count);
    QFrame::changeEvent(event);
}

void CountTile::updateAccessibleName()
{
    QString name = tr("%1: %2").arg(m_title->text(), m_value->text());
    if (!m_detail->text().isEmpty())
        name += QStringLiteral(". ") + m_detail->text();
    setAccessibleName(name);
}

} // namespace Kohtaamo
