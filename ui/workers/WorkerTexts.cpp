#include "WorkerTexts.h"

#include "office/OfficeService.h"

namespace Kohtaamo {

QString WorkerTexts::title(WorkerTitle title)
{
    switch (title) {
    case WorkerTitle::ExpertByExperience:
        return tr("Expert by experience");
    case WorkerTitle::PeerSupporter:
        return tr("Peer supporter");
    case WorkerTitle::PeerRelative:
        return tr("Peer relative");
    case WorkerTitle::ExperiencePartner:
        return tr("Experience partner");
    case WorkerTitle::YouthDeveloper:
        return tr("Youth developer");
    case WorkerTitle::VeturiMentor:
        return tr("Veturi mentor");
    case WorkerTitle::Other:
        return tr("Other");
    }
    return toCode(title);
}

QString WorkerTexts::status(WorkerStatus status)
{
    switch (status) {
    case WorkerStatus::Active:
        return tr("Active");
    case WorkerStatus::OnBreak:
        return tr("On a break");
    case WorkerStatus::Left:
        return tr("Left the activity");
    }
    return toCode(status);
}

QString WorkerTexts::perspective(Perspective perspective)
{
    switch (perspective) {
    case Perspective::Any:
        return tr("Any position");
    case Perspective::ChildOrYouth:
        return tr("As a child or young person");
    case Perspective::Parent:
        return tr("As a parent");
    case Perspective::Relative:
        return tr("As a relative");
    case Perspective::Other:
        return tr("From another position");
    }
    return toCode(perspective);
}

QString WorkerTexts::unavailableKind(UnavailableKind kind)
{
    switch (kind) {
    case UnavailableKind::Unavailable:
        return tr("Unavailable");
    case UnavailableKind::RecoveryBreak:
        return tr("Recovery break");
    }
    return toCode(kind);
}

QString WorkerTexts::consentScope(ConsentScope scope)
{
    const QString name = OfficeService::consentScopeName(scope);
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

} // namespace Kohtaamo
