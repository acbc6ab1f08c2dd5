#pragma once

#include <QTimeEdit>

namespace Kohtaamo {

// A time input that is one stop in the tab order: see DateField.
class TimeField : public QTimeEdit
{
    Q_OBJECT
public:
    explicit TimeField(QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace Kohtaamo
