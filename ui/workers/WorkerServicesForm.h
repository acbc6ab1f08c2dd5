#pragma once

#include "WorkerFormPart.h"
#include "domain/ServiceType.h"

class QListWidget;

namespace Kohtaamo {

// The kinds of work the worker is willing to do, checked in a list.
class WorkerServicesForm : public WorkerFormPart
{
    Q_OBJECT
public:
    explicit WorkerServicesForm(FieldProblems &problems, QWidget *parent = nullptr);
    void setServiceTypes(const QVector<ServiceType> &types);
    void applyTo(Worker &worker) const override;
    QListWidget *list() const { return m_list; }

protected:
    void fill(const Worker &worker) override;

private:
    QListWidget *m_list = nullptr;
};

} // namespace Kohtaamo
