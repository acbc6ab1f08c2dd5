#pragma once

#include <QDateTimeEdit>

namespace Kohtaamo {

// A date and time input that is one stop in the tab order: see DateField.
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT
public:
    explicit DateTimeField(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace Kohtaamo
