#pragma once

#include "domain/Worker.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Kohtaamo {

// What the worker register shows: every condition that is set must hold; an unset one lets everything through.
// Plain value; WorkerRegisterQuery turns it into SQL with bound values. "Today" is the Clock's.
struct WorkerRegisterFilter
{
    // The consent to be contacted, as the matching reads it.
    enum class ConsentState {
        Any,
        Valid, // valid today
        ExpiringSoon, // valid today and expires within kExpiringDays
        Missing, // none valid today (never given, expired or withdrawn)
    };
    enum class Minors { Any, OnlyMinors, NoMinors };
    static constexpr int kExpiringDays = 30;

    QVector<WorkerStatus> statuses; // any of these; empty = every status
    qint64 organisationId = 0; // 0 = any
    qint64 topicId = 0; // has an experience of this topic or a narrower one; 0 = any
    QString language; // ISO code; empty = any
    QString region; // home region or a region covered; empty = any
    ConsentState consent = ConsentState::Any;
    Minors minors = Minors::Any;
    // Every word appears (ignoring case) in the name, e-mail, phone, municipality or home region.
    QString text;
    // Only these workers (a list the Today page opened); empty = no such limit. idsTitle says what the list is, for
    // the filter bar; it is not part of the comparison.
    QVector<qint64> ids;
    QString idsTitle;

    QStringList words() const { return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    bool isEmpty() const
    {
        return statuses.isEmpty() && organisationId == 0 && topicId == 0 && language.isEmpty() && region.isEmpty()
            && consent == ConsentState::Any && minors == Minors::Any && words().isEmpty() && ids.isEmpty();
    }
    friend bool operator==(const WorkerRegisterFilter &a, const WorkerRegisterFilter &b)
    {
        return a.statuses == b.statuses && a.organisationId == b.organisationId && a.topicId == b.topicId
            && a.language == b.language && a.region == b.region && a.consent == b.consent && a.minors == b.minors
            && a.words() == b.words() && a.ids == b.ids;
    }
    friend bool operator!=(const WorkerRegisterFilter &a, const WorkerRegisterFilter &b) { return !(a == b); }
};

} // namespace Kohtaamo
