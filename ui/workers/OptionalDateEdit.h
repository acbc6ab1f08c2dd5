#pragma once

#include "common/DateField.h"

namespace Kohtaamo {

// A date that may be left unset: at its minimum it shows a "not recorded" text and date() is invalid. Its calendar
// opens on today's month while unset.
class OptionalDateEdit : public DateField
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const; // invalid = not set
    void setValue(const QDate &date);
    void setUnsetText(const QString &text);
    // Wide enough for the unset text too.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Kohtaamo
