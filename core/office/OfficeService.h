#pragma once

#include "AuditVerification.h"
#include "CoordinatorLogin.h"
#include "DayRanking.h"
#include "MeetingOutcomeSheet.h"
#include "OfficeChange.h"
#include "OfficeInspection.h"
#include "RetentionDue.h"
#include "StoreInfo.h"
#include "WorkerErasure.h"
#include "audit/AuditFilter.h"
#include "audit/AuditLogEntry.h"
#include "audit/ExportRecord.h"
#include "common/Result.h"
#include "demo/DemoGenerator.h"
#include "domain/ChangeNotice.h"
#include "domain/Coordinator.h"
#include "domain/FundedActivity.h"
#include "domain/Invitation.h"
#include "domain/InvitationEvent.h"
#include "domain/KnowledgeEntry.h"
#include "domain/OfficeSettings.h"
#include "domain/Organisation.h"
#include "domain/Request.h"
#include "domain/ServiceType.h"
#include "domain/Topic.h"
#include "fees/FeeBatch.h"
#include "fees/FeeCeiling.h"
#include "fees/FeeFilter.h"
#include "fees/FeeMarking.h"
#include "fees/FeeRow.h"
#include "interchange/InterchangeSummary.h"
#include "mail/MailSettings.h"
#include "mail/MessageTemplates.h"
#include "mail/OutboxMessage.h"
#include "mail/SmtpSender.h"
#include "matching/MatchingService.h"
#include "matching/RankingWeights.h"
#include "reports/CommissionSummary.h"
#include "reports/OfficeSummary.h"
#include "reports/ResultsReportData.h"
#include "requests/InvitationOperations.h"
#include "requests/OutcomeRecorder.h"
#include "requests/RequestInboxFilter.h"
#include "requests/RequestInboxQuery.h"
#include "requests/RequestOperations.h"
#include "requests/RequestSummary.h"
#include "storage/EncryptedBackup.h"
#include "today/GroupMeetingRhythm.h"
#include "today/TodayAgenda.h"

#include <QJsonObject>
#include <QObject>
#include <QVector>

#include <functional>
#include <memory>

// For the workers' use cases (OfficeWorkers.cpp).
#include "domain/Consent.h"
#include "domain/ServiceType.h"
#include "domain/Topic.h"
#include "domain/Worker.h"
#include "workers/WorkerConsentChanges.h"
#include "workers/WorkerHistory.h"
#include "workers/WorkerRegisterQuery.h"

// For importing a worker register (OfficeWorkerImport.cpp).
#include "workerimport/ImportTable.h"
#include "workerimport/WorkerImportMapping.h"
#include "workerimport/WorkerImportPreview.h"

class QIODevice;

namespace Kohtaamo {

class Database;
struct DatabaseLocation;

// The office: one object per open database, and the one door to it for the desktop, the undo commands and the
// command line (KMyMoney's MyMoneyFile plays this part there). It knows who is working (the acting coordinator, a
// record from the first start) and has one method per use case. Each runs in one transaction, checks the rules of the
// work, writes its audit entries with the coordinator's login and record id, and then announces what changed with
// one `changed` signal. On PostgreSQL the same change goes to every other open office through NOTIFY, and theirs
// arrive here through LISTEN as `changed` with `external` set.
//
// Rules held here (see docs/architecture.md): an answer on a confirmed request reaches the team; changing an answer
// keeps its history; a new time moves the planned engagements and marks whom to tell; cancelling cancels the work and
// withdraws the open invitations; a withdrawn invitation can be sent again; closing names what is missing; only an
// admin reopens.
class OfficeService : public QObject
{
    Q_OBJECT
public:
    explicit OfficeService(std::unique_ptr<Database> database, QObject *parent = nullptr);
    // Works on a database owned elsewhere (tests; pages not yet moved onto the service).
    explicit OfficeService(Database &database, QObject *parent = nullptr);
    ~OfficeService() override;

    // How an office is opened. By default an existing one only: a missing SQLite file is refused (NotFound), so a
    // mistyped path never becomes a new, empty office. No folder is ever created. A file the user may read but not
    // write opens read-only (isReadOnly()), unless `requireWrite`.
    struct OpenOptions
    {
        bool create = false; // a missing file (in an existing folder) becomes a new office
        bool requireWrite = false; // refuse, with a "no permission to write" message, what cannot be written
        bool readOnly = false; // open for reading only, even where the user may write
    };
    static Result<std::unique_ptr<OfficeService>> open(const DatabaseLocation &location, const OpenOptions &options);
    static Result<std::unique_ptr<OfficeService>> open(const DatabaseLocation &location)
    {
        return open(location, OpenOptions {});
    }
    // Opened for reading only: every change is refused with a message that says why.
    bool isReadOnly() const;
    // ... because the user has no permission to write the file or its folder (the window says so in a bar).
    bool lacksWritePermission() const;
    // Why this coordinator can change nothing here (read-only office, viewer role), or success.
    Status requireWriter() const;

    // The database itself, for tests that set up their fixtures with SQL; ui/ and app/ never use it (no file there
    // includes a storage header, tools/check-layers.sh).
    Database &database() { return *m_db; }
    const DatabaseLocation &location() const;

    // --- who is working ---
    // The login the office was opened with (the operating system's user, or the PostgreSQL user): whom the
    // desktop and the command line act as.
    QString openedAs() const;
    // A tool that loads a whole office (the demo generator, an import into a new office) writes as itself: the audit
    // names it, and no coordinator record is made for it.
    void actAsTool(const QString &name);
    // Finds the coordinator with this login, or records one (the first coordinator of an office is its admin).
    Status actAs(const QString &login);
    const Coordinator &coordinator() const { return m_coordinator; }
    bool isAdmin() const { return m_coordinator.role == CoordinatorRole::Admin; }
    Result<QVector<Coordinator>> coordinators();
    // An admin may change anyone; a coordinator their own name and e-mail.
    Result<Coordinator> saveCoordinator(const Coordinator &coordinator);

    // --- the office's settings (admins change them) ---
    Result<OfficeSettings> officeSettings();
    Result<OfficeSettings> saveOfficeSettings(const OfficeSettings &settings);
    // Makes the office's time zone (Settings ▸ Office) the process's, and keeps it so when an admin changes it: what
    // the desktop and the command line do on opening an office (see common/OfficeTimeZone.h).
    Status applyTimeZone();

    // Every organisation, deactivated ones included, by name (for choosing a coordinator's organisation).
    Result<QVector<Organisation>> organisations();

    // === Requests (OfficeRequests.cpp) ===
    // --- reads ---
    Result<Request> request(qint64 id);
    Result<Request> requestByReference(const QString &reference);
    Result<QVector<RequestStatusChange>> requestStatusHistory(qint64 requestId);
    Result<int> acceptedCount(qint64 requestId);
    // What is wrong with a request as entered, each naming its field (empty: nothing); saveRequest refuses the same.
    static QVector<Error> requestProblems(const Request &request);
    static Status checkDateOption(const DateOption &option);

    // --- the inbox: requests filtered, sorted and read a page at a time ---
    // `language` ("fi", "sv", "en") names the service types when sorting by them.
    Result<RequestInboxQuery::FirstPage> inboxFirstPage(const RequestInboxFilter &filter,
                                                        const RequestInboxQuery::Sort &sort, int limit,
                                                        const QString &language);
    Result<QVector<RequestSummary>> inboxPage(const RequestInboxFilter &filter, const RequestInboxQuery::Sort &sort,
                                              int offset, int limit, const QString &language);
    // Where request `id` stands among the filtered, sorted requests; -1 if the filter leaves it out.
    Result<int> inboxPosition(const RequestInboxFilter &filter, const RequestInboxQuery::Sort &sort, qint64 id);
    Result<QVector<Invitation>> invitations(qint64 requestId);
    Result<QVector<InvitationEvent>> invitationHistory(qint64 invitationId);
    // The display names of these workers by id, for lists of invitations (a missing worker is left out).
    Result<QHash<qint64, QString>> workerNames(const QVector<qint64> &workerIds);
    Result<QVector<ChangeNotice>> changeNotices(qint64 requestId);
    Result<QVector<CloseGap>> closeGaps(qint64 requestId);

    // --- a request's workflow ---
    Result<Request> saveRequest(const Request &request); // log or edit; a new time moves the team (see above)
    Result<RequestOperations::SaveResult> saveRequestDetailed(const Request &request);
    Result<Request> markTagged(qint64 requestId, int expectedVersion);
    Result<RequestOperations::InviteResult> invite(qint64 requestId, int expectedVersion,
                                                   const QVector<qint64> &workerIds, InvitationChannel channel);
    Result<InvitationOperations::AnswerResult>
    recordAnswer(qint64 invitationId, int expectedVersion, InvitationResponse response,
                 const QString &declineReason = {},
                 InvitationOperations::TeamChoice choice = InvitationOperations::TeamChoice::Ask);
    Result<InvitationOperations::AnswerResult> withdrawInvitation(qint64 invitationId, int expectedVersion,
                                                                  const QString &reason = {});
    Result<InvitationOperations::AnswerResult> takeIntoTeam(qint64 invitationId, int expectedVersion);
    Result<Invitation> remind(qint64 invitationId, int expectedVersion);
    Result<RequestOperations::ConfirmResult> confirm(qint64 requestId, int expectedVersion);
    Result<Request> markHeld(qint64 requestId, int expectedVersion);
    Result<Request> close(qint64 requestId, int expectedVersion, bool despiteGaps = false);
    Result<Request> reopen(qint64 requestId, int expectedVersion, const QString &reason);
    Result<RequestOperations::CancelResult> cancel(qint64 requestId, int expectedVersion, const QString &reason);
    Status markNoticeDone(qint64 noticeId);
    // One step of the workflow by its target status, for a step bar: Tagged, Inviting and Held as they are,
    // Confirmed as confirm(), Closed as close(), Cancelled as cancel() with `reason`.
    Result<Request> moveRequest(qint64 requestId, int expectedVersion, RequestStatus to, const QString &reason = {},
                                bool despiteGaps = false);

    // === Today and the ranking (OfficeToday.cpp) ===
    Result<OfficeSummary::Counts> counts();
    Result<TodayAgenda::Agenda> today(const TodayAgenda::Options &options);
    // The ranking, kept loaded between requests and read again after a change to what it weighs (workers,
    // consents, invitations, engagements, weights, topics; this coordinator's or another's).
    MatchingService &matching();
    // `request` ranked as on `day` from a snapshot read for it alone (the command line); with `withTeam`, also the
    // team the request page would suggest from a pool of a few times the team.
    Result<DayRanking> rankOn(const Request &request, const QDate &day, const RankingEngine::Options &options,
                              bool withTeam = false);

    // === The office's data as a whole: what it holds, the demo, interchange (OfficeData.cpp) ===
    Result<StoreInfo> storeInfo();
    // Which search the request inbox uses on this database, as Settings ▸ Database says it (OfficeSearch.cpp).
    Result<QString> searchInUse();
    // Fills an office that has no workers and no requests yet with the deterministic demo office.
    Result<DemoGenerator::Summary> generateDemo(const DemoGenerator::Options &options,
                                                const DemoGenerator::Progress &progress = {});
    // The whole office as an interchange document (docs/interchange.md), and one read back, all or nothing.
    Result<QByteArray> exportInterchange();
    Result<InterchangeSummary> importInterchange(const QByteArray &json);
    // The same streamed (a large office is never whole in memory): written to `out` a record at a time, or read
    // from `in` a record at a time (`in` is read twice when it can seek: once to check the whole text, once to import).
    Status exportInterchange(QIODevice &out);
    Result<InterchangeSummary> importInterchange(QIODevice &in);

    // === Workers, their experiences and consents (OfficeWorkers.cpp) ===
    // Rules held here: a worker and the consents recorded and withdrawn with them are saved together or not at all;
    // "recorded by" is the acting coordinator; a withdrawal in a worker's editor is of that worker's consent; workers
    // are never deleted (deactivating sets the status Left, every record stays).
    // --- reads ---
    Result<Worker> worker(qint64 id);
    Result<QVector<Consent>> consents(qint64 workerId); // oldest first
    Result<WorkerHistory> workerHistory(qint64 workerId);
    // The register, filtered and sorted in SQL (workers/WorkerRegisterQuery): how many workers a filter leaves, one
    // page of them from `offset`, where one of them stands (-1 = left out); the languages and regions named in it.
    Result<int> workerCount(const WorkerRegisterFilter &filter);
    Result<QVector<WorkerSummary>> workerPage(const WorkerRegisterFilter &filter, const WorkerRegisterQuery::Sort &sort,
                                              int offset, int limit);
    Result<int> workerPosition(const WorkerRegisterFilter &filter, const WorkerRegisterQuery::Sort &sort,
                               qint64 workerId);
    Result<QStringList> workerLanguages();
    Result<QStringList> workerRegions();
    // The rules that need no database, for a form to show beside a field before saving; the use cases check them
    // again.
    static Status validateWorker(const Worker &worker);
    static Status validateConsent(const Consent &consent);
    static QString consentScopeName(ConsentScope scope); // "public appearance"

    // --- writes ---
    // Creates (id 0) or edits a worker read at its version, with their experiences, kinds of work and availability,
    // and records and withdraws `consents` in the same transaction, "recorded by" the acting coordinator.
    Result<Worker> saveWorker(const Worker &worker, const WorkerConsentChanges &consents = {});
    // A consent on its own (the recorder is the acting coordinator); `supersededVersion` as in ConsentRepository.
    Result<Consent> recordConsent(const Consent &consent, std::optional<int> supersededVersion = std::nullopt);
    Result<Consent> withdrawConsent(qint64 consentId, int expectedVersion, const QDate &on);
    // The worker has left the activity: status Left, nothing else changes.
    Result<Worker> deactivateWorker(qint64 workerId, int expectedVersion);

    // === Importing a worker register from CSV or XLSX (OfficeWorkerImport.cpp; docs/interchange.md) ===
    // The file as a table (header and rows), read by its content: an XLSX workbook's first sheet, or CSV. Nothing is
    // stored.
    static Result<ImportTable> readWorkerRegister(const QString &path);
    // What importing would do, row by row, with the worker form's rules: refused rows named with their row and
    // column, likely duplicates (same e-mail, or same name and date of birth, as a worker or another row) warned
    // about. Reads in one read-only transaction and changes nothing: the dry run.
    Result<WorkerImportPreview> previewWorkerImport(const ImportTable &table, const WorkerImportMapping &mapping,
                                                    const WorkerImportOptions &options);
    // Stores every row as a new worker in one transaction, all or nothing: when any row is refused nothing is
    // stored and the error names the rows. No consent is recorded unless the consent column is mapped. Each worker
    // is audited as the acting coordinator's insert; one change is announced.
    Result<WorkerImportResult> importWorkerRegister(const ImportTable &table, const WorkerImportMapping &mapping,
                                                    const WorkerImportOptions &options);

    // === Meeting outcomes and experience knowledge (OfficeOutcomes.cpp) ===
    // A change names under Kind::Outcome the request whose meeting outcome or experience knowledge changed (a request
    // has one outcome, and its knowledge belongs to it), under Engagement and Worker the engagements recorded.
    // --- reads ---
    // The request, its engagements and workers' names, its outcome and knowledge, and the taxonomy, read together.
    Result<MeetingOutcomeSheet> meetingOutcomeSheet(qint64 requestId);
    // The experience knowledge of one request, latest first.
    Result<QVector<KnowledgeEntry>> knowledge(qint64 requestId);
    // The rules of an entry that need no database, for an editor to check before it closes.
    static Status validateKnowledge(const KnowledgeEntry &entry);

    // --- writes (any coordinator but a viewer) ---
    // Records what came of a held request in one transaction (requests/OutcomeRecorder): the engagements'
    // attendance, hours, fees and debriefs, the summary and feedback, new or changed knowledge. On a failure nothing
    // is written, the error names the field (detail) and *failure the record; a fee above the office's largest fee
    // is refused.
    Result<OutcomeRecorder::Changes> recordOutcome(qint64 requestId, const OutcomeRecorder::Changes &changes,
                                                   OutcomeRecorder::Failure *failure = nullptr);
    // Saves one new (id 0) or changed entry of experience knowledge, its topics as a set.
    Result<KnowledgeEntry> saveKnowledge(const KnowledgeEntry &entry);

    // === Fees to payment (OfficeFees.cpp; the reads in fees/FeeQuery, the rules in fees/FeePayments) ===
    // A fee is due when the outcome says the work was done, the worker did not decline it and there is a fee or
    // travel costs; it is paid in a payment batch ("2026-12/1"). The earnings ceiling is the worker's annual ceiling
    // the ranking warns about; the year's earnings are the fees paid in it (travel costs are not earnings).
    // --- reads ---
    Result<QVector<FeeRow>> feesToPay(const FeeFilter &filter);
    Result<QVector<FeeBatch>> feeBatches(); // latest first
    Result<WorkerFeeYear> workerFeeYear(qint64 workerId, int year);

    // --- writes (any coordinator but a viewer; undoing a batch: an admin) ---
    // Marks the fees paid as one new batch, all or nothing, announced once (Kind::Engagement and Kind::Worker). A fee
    // that is not due (declined, nothing to pay, already paid, work not done) is refused by name. When the batch would
    // take a worker over their ceiling and `acknowledgeCeiling` is not set, nothing is written and the result carries
    // the warnings.
    Result<FeeMarkingResult> markFeesPaid(const FeeMarking &marking);
    // A batch marked by mistake: its fees are due again and the batch is removed. Returns the engagements unmarked.
    Result<QVector<qint64>> undoFeePayment(qint64 batchId, int expectedVersion);
    static Status validateFeeMarking(const FeeMarking &marking);

    // === Topics, organisations and ranking weights (OfficeCatalogue.cpp) ===
    // The office's catalogue: everyone reads it, only an admin changes the topics, the organisations and the ranking
    // weights (the refusal names the coordinator's role). The group meeting rhythm is everyday work: any coordinator
    // but a viewer sets it. Under Kind::Settings a change names one of these records:
    static constexpr qint64 kOfficeSettingsRecord = 1; // saveOfficeSettings
    static constexpr qint64 kRankingWeightsRecord = 2;
    static constexpr qint64 kGroupMeetingRhythmRecord = 3;

    // --- topics (never deleted: a topic no longer used is retired by saving it with `retired` set) ---
    Result<QVector<Topic>> topics(); // every topic, retired ones included, parents first
    Result<Topic> topic(qint64 id);
    Result<QVector<ServiceType>> serviceTypes();
    static Status validateTopic(const Topic &topic); // the rules that need no database
    // A new topic (id 0) or a change of one read at its version; a move under itself is refused.
    Result<Topic> saveTopic(const Topic &topic);

    // --- organisations (never deleted: saved with `active` cleared; the list is organisations() above) ---
    Result<Organisation> organisation(qint64 id);
    static Status validateOrganisation(const Organisation &organisation);
    Result<Organisation> saveOrganisation(const Organisation &organisation);

    // --- ranking weights (one set with one version) ---
    Result<RankingWeights> rankingWeights();
    Result<RankingWeights> saveRankingWeights(const RankingWeights &weights); // read at weights.version()
    Result<RankingWeights> restoreDefaultRankingWeights(int expectedVersion);

    // --- the group meeting rhythm ---
    Result<GroupMeetingRhythm> groupMeetingRhythm();
    Result<GroupMeetingRhythm> saveGroupMeetingRhythm(const GroupMeetingRhythm &rhythm);

    // === Reports for funders (OfficeReports.cpp; the figures in reports/ResultsReport) ===
    // Funded activities: everyone reads them, only an admin changes them (never deleted: saved with `active` cleared).
    Result<QVector<FundedActivity>> fundedActivities(); // by name
    static Status validateFundedActivity(const FundedActivity &activity);
    Result<FundedActivity> saveFundedActivity(const FundedActivity &activity);
    // The funder's results report for a period and optionally one organisation or funded activity (docs/reports.md),
    // read in one read-only transaction. No table names a worker.
    Result<ResultsReportData> resultsReport(const ResultsReportOptions &options);

    // === One commission on a page (OfficeSummaryReport.cpp; reports/CommissionSummary) ===
    // For the requester and the file: the request, its steps, who took part (named only with a valid consent to
    // appear in public, as the confirmation to the requester names them), hours, fees as one total, the outcome and
    // the experience knowledge. `language` names the topics and the kind of work. One read-only transaction.
    Result<CommissionSummaryData> commissionSummary(qint64 requestId, const QString &language = QStringLiteral("en"));

    // === E-mail: the account, the messages' wording, the outbox (OfficeMail.cpp) ===
    // The workflow writes drafts once the office has a sender address (Settings ▸ E-mail): inviting a set drafts an
    // invitation with its calendar entry to each worker invited by e-mail who has an address; a new time or place a
    // change (same UID, SEQUENCE + 1); cancelling, and withdrawing an invitation, a cancellation (METHOD:CANCEL);
    // confirming a confirmation to each worker of the team and one to the requester naming who is coming (only the
    // workers who consented to be named); a reminder a reminder. The coordinator reads each draft, may edit it, and
    // approves it (queued); sendOutbox sends what is queued or failed.
    // --- the account (admins change it; never the password) ---
    Result<MailSettings> mailSettings();
    Result<MailSettings> saveMailSettings(const MailSettings &settings);
    // The office's account as a sender, without its password.
    Result<SmtpAccount> smtpAccount();

    // --- the wording (admins change it) ---
    static QVector<MessageTemplates::Placeholder> messagePlaceholders();
    Result<MessageTemplate> messageTemplate(MessageKind kind, const QString &language); // the office's, or built in
    Result<MessageTemplate> saveMessageTemplate(const MessageTemplate &tpl);
    Result<MessageTemplate> resetMessageTemplate(MessageKind kind, const QString &language);

    // --- messages ---
    // The message of `kind` about a request as it would go now (workerId is ignored for the requester's
    // confirmation), stored nowhere: the Settings preview and the coordinator's look before drafting.
    Result<OutboxMessage> previewMessage(qint64 requestId, qint64 workerId, MessageKind kind);
    // The same with a wording not yet saved (Settings ▸ E-mail, as the admin types), in the template's language; the
    // wording is checked as saveMessageTemplate checks it.
    Result<OutboxMessage> previewTemplate(qint64 requestId, qint64 workerId, const MessageTemplate &tpl);
    // The one action of Today's reminders: a reminder drafted to each worker invited by e-mail who has not answered
    // in more than options.staleInvitationDays days, and to each worker of a team whose meeting is within
    // options.engagementDaysAhead days, unless one was written to them about the request in that time. Unanswered
    // invitations are logged as reminded (InvitationOperations::remind). Returns the drafts.
    Result<QVector<OutboxMessage>> draftDueReminders(const TodayAgenda::Options &options = {});
    // Stores that message as a draft (a reminder or a thank-you the coordinator writes).
    Result<OutboxMessage> draftMessage(qint64 requestId, qint64 workerId, MessageKind kind);
    Result<QVector<OutboxMessage>> outbox(const OutboxFilter &filter = {});
    Result<OutboxMessage> outboxMessage(qint64 id);
    Result<OutboxCounts> outboxCounts(qint64 requestId = 0); // for Today and a request's page
    // The coordinator's own subject and text, and the draft goes with the next send (queued). A sent message is
    // never changed.
    Result<OutboxMessage> approveMessage(qint64 id, int expectedVersion, const QString &subject, const QString &body);
    // Every draft of a request (0: of every request) queued as written; returns how many.
    Result<int> approveAll(qint64 requestId);
    // Removes a draft, queued or failed message that should not go.
    Status discardMessage(qint64 id, int expectedVersion);
    // The message as an .eml file (RFC 5322, with its calendar attachment), for the desktop's mail client or a file.
    Result<QByteArray> messageFile(qint64 id);

    // Sends every queued and failed message once with `account` (the password asked of `password` when the account
    // has a user and no password). Each message in its own transaction: its state is checked there (a message sent
    // meanwhile by another coordinator is left), it is marked sent or failed with the server's answer and the send is
    // audited. A server that refuses or is down leaves the message failed, to go again with the next send; the
    // Message-ID stays the same.
    using PasswordProvider = std::function<QString()>;
    Result<OutboxSendReport> sendOutbox(const SmtpAccount &account, const PasswordProvider &password = {});
    // Settings ▸ E-mail's "Send test message": one short message to `recipient` with `account` (its password given),
    // nothing stored; the error's detail is the server's answer. Only a coordinator who may write.
    Status sendTestMessage(const SmtpAccount &account, const QString &recipient);

    // === Data protection (OfficeAudit.cpp) ===
    // Walks the audit log's hash chain (schema 13, core/storage/AuditChain): intact, or the first entry that was
    // edited or removed with plain SQL. Reads only; any coordinator may ask.
    Result<AuditVerification> verifyAudit();

    // --- the audit viewer (OfficeAuditLog.cpp; core/audit/AuditLogQuery) ---
    // Who may read the audit log: an admin, and a tool that opened the office without a coordinator (the owner of the
    // file). A coordinator or a viewer is refused (the log names every worker's changes across organisations).
    // Reading the log is not itself audited.
    Status mayReadAudit() const;
    // The entries `filter` leaves, newest first, `limit` from `offset`; each names its record and coordinator as they
    // are now. One read-only transaction.
    Result<QVector<AuditLogEntry>> auditLog(const AuditFilter &filter, int offset, int limit);
    Result<int> auditLogCount(const AuditFilter &filter);
    // Every login in the log with the coordinator's name where one is on file (login, name), by name.
    Result<QVector<QPair<QString, QString>>> auditActors();
    // A read of the office's data that left it (an export or a print, docs/data-protection.md): one audit entry
    // ("exports", insert) with what, in which format, the file's name without its folder and the period or
    // reference, by the acting coordinator; nothing personal. A read is not a change, so a viewer's export is logged
    // too; an office open read-only cannot be written and logs nothing. Chained like every entry.
    Status recordExport(const ExportRecord &record);

    // === Roles and the person's rights (OfficeRights.cpp, OfficeErasure.cpp, OfficeSubjectAccess.cpp) ===
    // docs/data-protection.md says who may do what. The desktop asks these before it offers an action.
    // Success for an admin; for anyone else the refusal names `refusal`, the role and who can help.
    Status requireAdminFor(const QString &refusal) const;
    // Whether this coordinator may add or change the record, consents or status of a worker of `organisationId`:
    // an admin, and a coordinator with no organisation of their own, any; a coordinator of an organisation only its
    // workers; a viewer none. The refusal names both organisations. (Inviting a worker of another organisation
    // through a request, recording their answer, their engagement's outcome and fee are the request's work: any
    // coordinator but a viewer.)
    Status mayChangeWorkersOf(qint64 organisationId);
    Status mayChangeWorker(qint64 workerId); // the same for a stored worker
    // Erasure (GDPR Art. 17; admins only): the worker's personal fields are removed everywhere, old values in the
    // audit log included, and the audit chain is sealed again; counts, hours and fees stay as an anonymous row.
    // One transaction; on SQLite the WAL is checkpointed and truncated afterwards. The erasure itself is audited
    // without personal data.
    Result<WorkerErasure> eraseWorker(qint64 workerId, int expectedVersion);
    // Subject access (GDPR Art. 15): everything the office holds about one worker as one JSON object
    // (docs/data-protection.md lists its parts). The export is audited (who exported whose data, when), so a viewer
    // cannot make one; a coordinator of another organisation neither.
    Result<QJsonObject> subjectAccess(qint64 workerId);
    // Retention (OfficeRetention.cpp; the rules in Settings ▸ Retention): the workers who left more than N years ago
    // and not yet erased, and how many audit entries older than M years still hold personal values. Reads only.
    Result<RetentionDue> retentionDue();
    // Applies what an admin confirmed (`confirmed`, as retentionDue gave it), in one transaction: each due worker is
    // erased as eraseWorker does, then the personal values of the due audit entries are replaced with "[pruned]"
    // and the chain sealed again. Refused (Conflict, nothing changed) when the due cases are no longer those
    // confirmed. The run is audited without personal data. Admins only.
    Result<RetentionRun> applyRetention(const RetentionDue &confirmed);

    // --- a shared PostgreSQL database (OfficeLogins.cpp, docs/shared-database.md) ---
    // Creates or renews the group roles (kohtaamo_viewer, kohtaamo_coordinator, kohtaamo_admin), their privileges,
    // the row-level security policies and the append-only audit log (packaging/postgresql/kohtaamo-security.sql).
    // For the database administrator, connected as the owner of the tables; PostgreSQL only.
    Status initPostgres();
    // Creates (or renews the password, organisation and role of) a coordinator's own database login, and the
    // coordinator record that maps the login to an organisation and role, in one transaction. Bad input names the
    // field (login, password, organisation). Needs initPostgres() first and a connection that may create roles.
    Result<Coordinator> addCoordinatorLogin(const CoordinatorLogin &login);

    // --- encrypted backups (OfficeBackup.cpp; SQLite offices: PostgreSQL is pg_dump's job) ---
    // Writes an encrypted copy of the whole office to the new file `path` (refused when it exists), readable by its
    // owner only; the passphrase (at least 10 characters) is needed to restore it. Others may keep working.
    Status writeBackup(const QString &path, const QString &passphrase);
    // Decrypts the backup `path` into a private file next to the office, checks it (integrity, a Kohtaamo schema
    // this version opens) and only then replaces the office with it; an older schema is upgraded. A wrong passphrase
    // or a changed byte replaces nothing. Refused while another program has the office open.
    Status restoreBackup(const QString &path, const QString &passphrase);
    // The Argon2id limits new backups are written with (libsodium's "moderate" unless a test lowers them).
    static void setBackupLimits(const EncryptedBackup::Limits &limits) { s_backupLimits = limits; }

    // --- another office ---
    // Looks at the database at `location` without changing it (read-only; nothing created or upgraded) and says
    // what is there, for the coordinator to decide whether to switch to it. An error when Kohtaamo cannot use it.
    static Result<OfficeInspection> inspect(const DatabaseLocation &location);

    // Announces a change made outside the use cases above (a test's SQL, a tool's bulk load), so that every view and
    // every other coordinator hears of it.
    void announce(const OfficeChange &change);

signals:
    void changed(const Kohtaamo::OfficeChange &change);

private:
    // Runs `work` in one transaction that also carries the NOTIFY, then announces `change` (filled by `work`).
    template <typename T> Result<T> run(const std::function<Result<T>(OfficeChange &)> &work);
    // Erasure's work inside the caller's transaction (eraseWorker, applyRetention); the caller announces the change.
    Result<WorkerErasure> eraseWithinRun(qint64 workerId, int expectedVersion);
    // After an erasure is committed: SQLite's WAL is copied into the file and emptied.
    Status checkpointAfterErasure();
    // The workflow's drafts (OfficeMail.cpp), inside the use case's transaction: nothing when the office has no
    // sender address yet.
    Status draftMail(qint64 requestId, const QVector<qint64> &workerIds, MessageKind kind, OfficeChange &change);
    Status draftRequesterConfirmation(qint64 requestId, OfficeChange &change);
    Result<bool> mailEnabled();
    static OfficeChange everything(); // every kind, no ids: after a bulk load
    void listen();
    void notifyOthers(const OfficeChange &change);

    std::unique_ptr<Database> m_owned;
    Database *m_db = nullptr;
    std::unique_ptr<MatchingService> m_matching; // after the database: goes before it
    Coordinator m_coordinator;
    bool m_appliesTimeZone = false;
    static EncryptedBackup::Limits s_backupLimits;
};

} // namespace Kohtaamo
