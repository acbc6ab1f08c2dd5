#include "EuroAmountEdit.h"

#include <QLocale>
#include <QRegularExpression>

namespace Kohtaamo {

EuroAmountEdit::EuroAmountEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(format(2500));
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
}

QString EuroAmountEdit::format(qint64 cents)
{
    // Without group separators, so that what is shown can be typed back in any language.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(double(cents) / 100.0, 'f', 2);
}

QString EuroAmountEdit::formatHint()
{
    return tr("Enter the fee in euros, like %1, or leave it empty.").arg(format(2550));
}

std::optional<std::optional<qint64>> EuroAmountEdit::parse(const QString &text)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s\\x{00a0}\\x{202f}€]"));
    static const QRegularExpression amount(QStringLiteral("^(-?)(\\d+)(?:[.,](\\d{1,2}))?$"));
    QString t = text;
    t.remove(ignored);
    t.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign QLocale writes
    if (t.isEmpty())
        return std::optional<qint64>();
    const QRegularExpressionMatch m = amount.match(t);
    if (!m.hasMatch() || m.captured(2).size() > 12)
        return std::nullopt;
    const qint64 euros = m.captured(2).toLongLong();
    const qint64 cents = m.captured(3).isEmpty() ? 0 : m.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
    const qint64 total = euros * 100 + cents;
    return std::optional<qint64>(m.captured(1).isEmpty() ? total : -total);
}

void EuroAmountEdit::setCents(const std::optional<qint64> &cents)
{
    setText(cents ? format(*cents) : QString());
}

std::optional<qint64> EuroAmountEdit::cents() const
{
    const auto parsed = parse(text());
    return parsed ? *parsed : std::nullopt;
}

bool EuroAmountEdit::isAmount() const
{
    return parse(text()).has_value();
}

} // namespace Kohtaamo
