#include "MessageTemplateEditor.h"

#include "SectionMessage.h"
#include "common/RefreshWhenShown.h"
#include "office/OfficeService.h"
#include "requests/UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Kohtaamo {

MessageTemplateEditor::MessageTemplateEditor(QWidget *parent) : QWidget(parent)
{
    m_requests = new RefreshWhenShown(this, [this] {
        loadRequests();
        refreshPreview();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QHBoxLayout;
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    for (MessageKind k : MessageTemplates::kinds())
        m_kind->addItem(QString(), static_cast<int>(k));
    m_kindLabel->setBuddy(m_kind);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    for (const QString &l : MessageTemplates::languages())
        m_language->addItem(QString(), l);
    m_languageLabel->setBuddy(m_language);
    choice->addWidget(m_kindLabel);
    choice->addWidget(m_kind);
    choice->addSpacing(12);
    choice->addWidget(m_languageLabel);
    choice->addWidget(m_language);
    choice->addStretch(1);
    layout->addLayout(choice);

    auto *columns = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_subjectLabel = new QLabel(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, m_subject);
    m_bodyLabel = new QLabel(this);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(200);
    m_bodyLabel->setBuddy(m_body);
    form->addRow(m_bodyLabel, m_body);
    m_placeholders = new QLabel(this);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_placeholders);
    columns->addLayout(form, 3);

    auto *previewColumn = new QVBoxLayout;
    auto *requestRow = new QHBoxLayout;
    m_requestLabel = new QLabel(this);
    m_request = new QComboBox(this);
    m_request->setObjectName(QStringLiteral("previewRequest"));
    // The office's requests by reference and requester: room for a usual one, a long name elided (issue 19).
    m_request->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_request->setMinimumContentsLength(30);
    m_requestLabel->setBuddy(m_request);
    requestRow->addWidget(m_requestLabel);
    requestRow->addWidget(m_request, 1);
    previewColumn->addLayout(requestRow);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setMinimumHeight(200);
    previewColumn->addWidget(m_preview, 1);
    columns->addLayout(previewColumn, 2);
    layout->addLayout(columns, 1);

    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreTemplate"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_message = new SectionMessage(this);
    layout->addWidget(m_message);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MessageTemplateEditor::load);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MessageTemplateEditor::load);
    connect(m_request, &QComboBox::currentIndexChanged, this, &MessageTemplateEditor::refreshPreview);
    // The preview follows the typing, a moment after it pauses.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &MessageTemplateEditor::refreshPreview);
    connect(m_subject, &QLineEdit::textChanged, this, &MessageTemplateEditor::updateState);
    connect(m_subject, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageTemplateEditor::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_save, &QPushButton::clicked, this, &MessageTemplateEditor::save);
    connect(m_restore, &QPushButton::clicked, this, &MessageTemplateEditor::restoreDefault);
    retranslateUi();
    load();
}

MessageKind MessageTemplateEditor::kind() const
{
    return static_cast<MessageKind>(m_kind->currentData().toInt());
}

QString MessageTemplateEditor::language() const
{
    return m_language->currentData().toString();
}

void MessageTemplateEditor::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &MessageTemplateEditor::onChanged);
    m_requests->request();
    load();
}

void MessageTemplateEditor::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::MessageTemplate))
        load();
    else if (change.touches(OfficeChange::Kind::Request) || change.touches(OfficeChange::Kind::Settings))
        refreshPreview();
}

void MessageTemplateEditor::loadRequests()
{
    const QSignalBlocker block(m_request);
    const qint64 was = m_request->currentData().toLongLong();
    m_request->clear();
    if (!m_office)
        return;
    // Requests with invited workers first: a message to a worker needs one to be previewed on.
    RequestInboxFilter invited;
    invited.statuses = { RequestStatus::Inviting, RequestStatus::Confirmed, RequestStatus::Held };
    auto page = m_office->inboxFirstPage(invited, RequestInboxQuery::Sort(), 50, uiLanguage());
    if (page && page->rows.isEmpty())
        page = m_office->inboxFirstPage(RequestInboxFilter(), RequestInboxQuery::Sort(), 50, uiLanguage());
    if (!page)
        return;
    for (const RequestSummary &r : std::as_const(page->rows))
        m_request->addItem(QStringLiteral("%1 — %2").arg(r.reference, r.requesterName), r.id);
    const int index = m_request->findData(was);
    m_request->setCurrentIndex(index >= 0 ? index : 0);
}

void MessageTemplateEditor::load()
{
    m_loaded = MessageTemplates::builtIn(kind(), language());
    if (m_office) {
        auto tpl = m_office->messageTemplate(kind(), language());
        if (tpl)
            m_loaded = *tpl;
        else
            m_message->show(SectionMessage::Kind::Problem, tpl.error().message);
    }
    {
        const QSignalBlocker a(m_subject);
        const QSignalBlocker b(m_body);
        m_subject->setText(m_loaded.subject);
        m_body->setPlainText(m_loaded.body);
    }
    updateState();
    refreshPreview();
}

void MessageTemplateEditor::refreshPreview()
{
    m_preview->clear();
    if (!m_office || m_request->currentIndex() < 0) {
        m_preview->setPlaceholderText(tr("The office has no request to show the message on yet."));
        return;
    }
    const qint64 requestId = m_request->currentData().toLongLong();
    qint64 workerId = 0;
    if (kind() != MessageKind::RequesterConfirmation) {
        auto invitations = m_office->invitations(requestId);
        if (invitations && !invitations->isEmpty())
            workerId = invitations->first().workerId;
        if (workerId == 0) {
            m_preview->setPlaceholderText(tr("Choose a request with invited workers to see this message."));
            return;
        }
    }
    // The wording as typed, in the language chosen, on the request chosen.
    MessageTemplate typed = m_loaded;
    typed.kind = kind();
    typed.language = language();
    typed.subject = m_subject->text();
    typed.body = m_body->toPlainText();
    auto preview = m_office->previewTemplate(requestId, workerId, typed);
    if (!preview) {
        m_preview->setPlaceholderText(preview.error().message);
        return;
    }
    m_preview->setPlainText(tr("To: %1 <%2>").arg(preview->recipientName, preview->recipientAddress) + QLatin1Char('\n')
                            + tr("Subject: %1").arg(preview->subject) + QStringLiteral("\n\n") + preview->body);
}

bool MessageTemplateEditor::save()
{
    if (!m_office)
        return false;
    MessageTemplate tpl = m_loaded;
    tpl.kind = kind();
    tpl.language = language();
    tpl.subject = m_subject->text();
    tpl.body = m_body->toPlainText();
    auto saved = m_office->saveMessageTemplate(tpl);
    if (!saved) {
        m_message->show(SectionMessage::Kind::Problem, saved.error().message);
        (saved.error().detail == QLatin1String("subject") ? static_cast<QWidget *>(m_subject) : m_body)->setFocus();
        return false;
    }
    m_loaded = *saved;
    m_message->show(SectionMessage::Kind::Information, tr("Saved. Messages written from now on use this wording."));
    updateState();
    refreshPreview();
    return true;
}

bool MessageTemplateEditor::restoreDefault()
{
    if (!m_office)
        return false;
    auto reset = m_office->resetMessageTemplate(kind(), language());
    if (!reset) {
        m_message->show(SectionMessage::Kind::Problem, reset.error().message);
        return false;
    }
    m_message->show(SectionMessage::Kind::Information, tr("The built-in wording is back."));
    load();
    return true;
}

void MessageTemplateEditor::updateState()
{
    const bool admin = m_office && m_office->isAdmin() && !m_office->isReadOnly();
    m_subject->setReadOnly(!admin);
    m_body->setReadOnly(!admin);
    const bool edited = m_subject->text() != m_loaded.subject || m_body->toPlainText() != m_loaded.body;
    m_save->setEnabled(admin && edited);
    m_restore->setEnabled(admin && (m_loaded.custom || edited));
    const QString why = admin ? QString() : tr("Only an admin can change the wording of the messages.");
    m_save->setToolTip(why);
    m_restore->setToolTip(why);
}

void MessageTemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageTemplateEditor::retranslateUi()
{
    m_kindLabel->setText(tr("&Message:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, MessageTemplates::kindName(static_cast<MessageKind>(m_kind->itemData(i).toInt())));
    m_languageLabel->setText(tr("&Language:"));
    const QStringList names { tr("Finnish"), tr("Swedish"), tr("English") };
    for (int i = 0; i < m_language->count(); ++i) {
        const int at = MessageTemplates::languages().indexOf(m_language->itemData(i).toString());
        m_language->setItemText(i, names.value(at, m_language->itemData(i).toString()));
    }
    m_subjectLabel->setText(tr("S&ubject:"));
    m_bodyLabel->setText(tr("Te&xt:"));
    QStringList lines { tr("Placeholders:") };
    for (const MessageTemplates::Placeholder &p : OfficeService::messagePlaceholders())
        lines << (p.inSubject ? tr("{%1} — %2 (also in the subject)") : tr("{%1} — %2")).arg(p.name, p.description);
    m_placeholders->setText(lines.join(QLatin1Char('\n')));
    m_requestLabel->setText(tr("Pre&view on:"));
    m_preview->setAccessibleName(tr("Preview of the message"));
    m_save->setText(tr("Save &wording"));
    m_restore->setText(tr("&Restore default"));
    updateState();
    refreshPreview();
}

} // namespace Kohtaamo
