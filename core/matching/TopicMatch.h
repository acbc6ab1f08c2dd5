#pragma once

#include "MatchLevel.h"
#include "domain/Perspective.h"
#include "domain/Request.h"

#include <QString>

namespace Kohtaamo {

// A worker's best experience for one topic of a request, and the points it earned in the experience part.
struct TopicMatch
{
    qint64 requestTopicId = 0;
    QString requestTopicName;
    TopicWeight weight = TopicWeight::Primary;
    MatchLevel level = MatchLevel::None;
    qint64 experienceTopicId = 0; // 0 when level is None
    QString experienceTopicName;
    Perspective perspective = Perspective::Other; // of the experience
    bool perspectiveWanted = false; // the request asked for exactly this perspective
    int points = 0; // this topic's share of the experience part
};

} // namespace Kohtaamo
