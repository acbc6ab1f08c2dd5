#pragma once

#include <QString>

namespace Kohtaamo {

struct Organisation
{
    qint64 id = 0;
    int version = 0;
    QString name;
    QString shortName;
    QString region;
    QString contact;
    QString notes;
    bool active = true;
};

} // namespace Kohtaamo
