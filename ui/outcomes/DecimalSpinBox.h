#pragma once

#include <QDoubleSpinBox>

namespace Kohtaamo {

// A spin box for hours and euros that takes either decimal mark: "2,75" and "2.75" are both two and three
// quarters, whatever the UI locale writes (Finnish and Swedish use the comma, and so does Finland's English).
// A plain QDoubleSpinBox would drop the mark it does not know and read "2.75" as 275.
class DecimalSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit DecimalSpinBox(QWidget *parent = nullptr);

    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;

private:
    QString normalised(const QString &text) const;
};

} // namespace Kohtaamo
