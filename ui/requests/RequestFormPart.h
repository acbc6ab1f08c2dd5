#pragma once

#include "FormPart.h"
#include "domain/Request.h"

namespace Kohtaamo {

// A part of the request editor (one tab): fills its fields from a request and writes them back.
class RequestFormPart : public FormPart
{
    Q_OBJECT
public:
    using FormPart::FormPart;

    void setRequest(const Request &request)
    {
        filling([&] { fill(request); });
    }
    virtual void applyTo(Request &request) const = 0;

protected:
    virtual void fill(const Request &request) = 0;
};

} // namespace Kohtaamo
