#pragma once

#include "WorkerFormPart.h"

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Kohtaamo {

class UnavailablePeriodModel;

// When the worker can be asked: the weekly pattern (mornings, afternoons, evenings), unavailable periods and
// recovery breaks, the most engagements a month, the least days between engagements, and the notice needed.
class WorkerAvailabilityForm : public WorkerFormPart
{
    Q_OBJECT
public:
    explicit WorkerAvailabilityForm(FieldProblems &problems, QWidget *parent = nullptr);
    void applyTo(Worker &worker) const override;
    UnavailablePeriodModel *periodModel() const { return m_periods; }

protected:
    void fill(const Worker &worker) override;

private:
    void addPeriod(UnavailableKind kind);
    void removePeriod();
    void showSelected();
    void editSelected();
    int selectedRow() const;

    std::array<QCheckBox *, 21> m_week {};
    QSpinBox *m_maxPerMonth = nullptr;
    QSpinBox *m_minDays = nullptr;
    QSpinBox *m_notice = nullptr;
    UnavailablePeriodModel *m_periods = nullptr;
    QTableView *m_periodView = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_showing = false;
};

} // namespace Kohtaamo
