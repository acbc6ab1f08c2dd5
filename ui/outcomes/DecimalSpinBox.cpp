#include "DecimalSpinBox.h"

namespace Kohtaamo {

DecimalSpinBox::DecimalSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(2);
    setGroupSeparatorShown(false);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QString DecimalSpinBox::normalised(const QString &text) const
{
    const QString point = locale().decimalPoint();
    QString t = text;
    for (const QChar mark : { QLatin1Char('.'), QLatin1Char(',') }) {
        if (QString(mark) != point)
            t.replace(mark, point);
    }
    return t;
}

QValidator::State DecimalSpinBox::validate(QString &input, int &pos) const
{
    input = normalised(input);
    return QDoubleSpinBox::validate(input, pos);
}

double DecimalSpinBox::valueFromText(const QString &text) const
{
    return QDoubleSpinBox::valueFromText(normalised(text));
}

} // namespace Kohtaamo
