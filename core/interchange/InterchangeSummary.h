#pragma once

namespace Kohtaamo {

// What an import wrote. Topics, organisations and coordinators the database already had are counted as kept.
struct InterchangeSummary
{
    int topicsCreated = 0;
    int topicsUpdated = 0;
    int topicsKept = 0;
    int organisationsCreated = 0;
    int organisationsKept = 0;
    int coordinatorsCreated = 0;
    int coordinatorsKept = 0;
    int workers = 0;
    int consents = 0;
    int requests = 0;
    int invitations = 0;
    int invitationEvents = 0; // the steps of the invitations' histories
    int engagements = 0;
    int outcomes = 0;
    int knowledgeEntries = 0;
    int changeNotices = 0;
    bool officeSettingsUpdated = false; // false: the file has none, or the same
    int fundedActivities = 0;
    int paymentBatches = 0;
    int messageTemplates = 0; // the office's own wording
    int outboxMessages = 0;
    bool mailAccountSet = false;
};

} // namespace Kohtaamo
