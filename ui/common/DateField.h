#pragma once

#include <QDateEdit>

namespace Kohtaamo {

// A date input that is ONE stop in the tab order. QDateEdit moves Tab between its day, month and year sections (and
// keeps it for ever while it shows a special value text such as "any"), so keyboard users needed three Tabs to
// leave and their typing landed in the next field. Here Tab and Shift+Tab leave the field, the field opens on its
// first section from either direction, and a whole date is typed with its separators ("6.12.2026"). Used wherever
// a date is edited.
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace Kohtaamo
