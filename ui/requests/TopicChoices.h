#pragma once

#include "domain/Topic.h"

#include <QVector>

class QComboBox;

namespace Kohtaamo {

// A combo box that offers the topic taxonomy as an indented list (for the filters of the request inbox and the worker
// register): "all topics" first, then depth first, each level in the taxonomy's order, retired topics after the
// others on their level. The item data (Qt::UserRole) is the topic id, 0 for "all".
class TopicChoices
{
public:
    // Gives the combo the model and the delegate the list needs; once, after creating it.
    static void prepare(QComboBox *combo);
    // Fills it anew, keeping the chosen topic when it is still there. `retiredFormat` names a retired topic ("%1
    // (retired)"), in the caller's translation context.
    static void fill(QComboBox *combo, const QVector<Topic> &topics, const QString &language, const QString &allText,
                     const QString &retiredFormat);
};

} // namespace Kohtaamo
