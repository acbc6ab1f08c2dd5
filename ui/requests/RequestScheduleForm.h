#pragma once

#include "RequestFormPart.h"

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Kohtaamo {

class DateOptionsModel;

// When and where: the proposed times (a small list: start date and time, end time, which one is chosen), or a
// deadline for work without a meeting; remote or in person (place and region, only for in-person work); duration.
class RequestScheduleForm : public RequestFormPart
{
    Q_OBJECT
public:
    RequestScheduleForm(FieldProblems &problems, QWidget *parent = nullptr);

    void applyTo(Request &request) const override;
    // Selects the first proposed time that breaks a rule, so that its editors show it.
    void selectFirstInvalidTime();

protected:
    void fill(const Request &request) override;

private:
    void addTime();
    void removeTime();
    void showCurrentTime();
    void editCurrentTime();
    void updateEnabled();
    int currentRow() const;

    DateOptionsModel *m_times = nullptr;
    QListView *m_timeList = nullptr;
    QPushButton *m_addTime = nullptr;
    QPushButton *m_removeTime = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QTimeEdit *m_ends = nullptr;
    QCheckBox *m_chosen = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_remote = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_region = nullptr;
    QSpinBox *m_duration = nullptr;
    bool m_showing = false;
};

} // namespace Kohtaamo
