#pragma once

#include "domain/Worker.h"
#include "requests/FormPart.h"

namespace Kohtaamo {

// A tab of the worker editor that edits part of the Worker aggregate: fills its fields from a worker and writes them
// back. Field names are the Worker members core validation names in Error::detail.
class WorkerFormPart : public FormPart
{
    Q_OBJECT
public:
    using FormPart::FormPart;

    void setWorker(const Worker &worker)
    {
        filling([&] { fill(worker); });
    }
    virtual void applyTo(Worker &worker) const = 0;

protected:
    virtual void fill(const Worker &worker) = 0;
};

} // namespace Kohtaamo
