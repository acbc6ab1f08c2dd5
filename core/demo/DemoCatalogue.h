#pragma once

#include "domain/Perspective.h"
#include "domain/Worker.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Kohtaamo {

// The raw material of the demo dataset: the organisations named in the domain brief with the kind of experience
// their workers carry, fictional Finnish and Swedish names, and commissions modelled on real examples.
// All people are fictional.
namespace DemoCatalogue {

struct OrganisationProfile
{
    QString name;
    QString shortName;
    QString region;
    WorkerTitle title;
    Perspective perspective;
    QStringList topicCodes; // where their workers' experience lies
    int minAge;
    int maxAge;
    QStringList serviceTypes;
    QString training;
    double trainingHours;
    QStringList extraLanguages; // besides Finnish
};

struct RequestTemplate
{
    QString title;
    QString description;
    QString serviceType;
    QStringList primaryTopics;
    QStringList secondaryTopics;
    Perspective perspective;
    QString audience;
    QString language;
    int durationMinutes;
    bool remote;
};

const QVector<OrganisationProfile> &organisations();
const QVector<RequestTemplate> &requestTemplates();
const QStringList &finnishFirstNames();
const QStringList &swedishFirstNames();
const QStringList &surnames();
const QStringList &regions();
const QStringList &requesterUnits();
const QStringList &municipalities();
const QStringList &declineReasons();
const QStringList &knowledgeSnippets();

} // namespace DemoCatalogue
} // namespace Kohtaamo
