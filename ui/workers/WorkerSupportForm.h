#pragma once

#include "WorkerFormPart.h"

class QDoubleSpinBox;
class QLineEdit;

namespace Kohtaamo {

class OptionalDateEdit;

// Training and support: the training completed, its hours, and the last supervision and debrief.
class WorkerSupportForm : public WorkerFormPart
{
    Q_OBJECT
public:
    explicit WorkerSupportForm(FieldProblems &problems, QWidget *parent = nullptr);
    void applyTo(Worker &worker) const override;

protected:
    void fill(const Worker &worker) override;

private:
    OptionalDateEdit *addDate(class QFormLayout *form, const char *name, const QString &label,
                              const QString &accessible);

    QLineEdit *m_trainingName = nullptr;
    QDoubleSpinBox *m_trainingHours = nullptr;
    OptionalDateEdit *m_trainingCompleted = nullptr;
    OptionalDateEdit *m_lastSupervision = nullptr;
    OptionalDateEdit *m_lastDebrief = nullptr;
};

} // namespace Kohtaamo
