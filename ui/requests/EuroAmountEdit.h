#pragma once

#include <QLineEdit>

#include <optional>

namespace Kohtaamo {

// An amount of euros typed in the UI language's form ("25,50" in Finnish and Swedish, "25.50" in English; either
// mark is understood, and "€" or spaces are ignored), kept as cents. Empty means no amount.
class EuroAmountEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit EuroAmountEdit(QWidget *parent = nullptr);

    void setCents(const std::optional<qint64> &cents);
    // The amount; nullopt when empty or not an amount (see isAmount).
    std::optional<qint64> cents() const;
    // Whether the text is empty or an amount of euros with at most two decimals.
    bool isAmount() const;
    // What to tell a coordinator whose text is not an amount.
    static QString formatHint();

    static QString format(qint64 cents);
    // nullopt = not an amount; an empty text is the amount "none".
    static std::optional<std::optional<qint64>> parse(const QString &text);
};

} // namespace Kohtaamo
