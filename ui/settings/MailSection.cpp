#include "MailSection.h"

#include "MessageTemplateEditor.h"
#include "SectionMessage.h"
#include "mail/PasswordStore.h"
#include "office/OfficeService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kohtaamo {

MailSection::MailSection(QWidget *parent) : SettingsSection(parent)
{
    // The account and the wording of seven messages are taller than a window: the section scrolls.
    auto *outer = new QVBoxLayout(body());
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(body());
    scroll->setObjectName(QStringLiteral("mailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    m_accountTitle = addFormTitle(layout);
    auto *form = new QFormLayout;
    const auto addRow = [&](QLabel *&label, QWidget *field, const char *name) {
        label = new QLabel(content);
        label->setBuddy(field);
        field->setObjectName(QLatin1String(name));
        form->addRow(label, field);
    };
    m_host = new QLineEdit(content);
    addRow(m_hostLabel, m_host, "mailHost");
    m_port = new QSpinBox(content);
    m_port->setRange(1, 65535);
    addRow(m_portLabel, m_port, "mailPort");
    m_security = new QComboBox(content);
    m_security->addItem(QString(), static_cast<int>(SmtpSecurity::StartTls));
    m_security->addItem(QString(), static_cast<int>(SmtpSecurity::Tls));
    m_security->addItem(QString(), static_cast<int>(SmtpSecurity::None));
    addRow(m_securityLabel, m_security, "mailSecurity");
    m_user = new QLineEdit(content);
    addRow(m_userLabel, m_user, "mailUser");
    m_password = new QLineEdit(content);
    m_password->setEchoMode(QLineEdit::Password);
    addRow(m_passwordLabel, m_password, "mailPassword");
    m_passwordHelp = new QLabel(content);
    m_passwordHelp->setWordWrap(true);
    form->addRow(QString(), m_passwordHelp);
    m_fromAddress = new QLineEdit(content);
    addRow(m_fromAddressLabel, m_fromAddress, "mailFromAddress");
    m_fromName = new QLineEdit(content);
    addRow(m_fromNameLabel, m_fromName, "mailFromName");
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_testLabel = new QLabel(content);
    m_testAddress = new QLineEdit(content);
    m_testAddress->setObjectName(QStringLiteral("mailTestAddress"));
    m_testLabel->setBuddy(m_testAddress);
    m_test = new QPushButton(content);
    m_test->setObjectName(QStringLiteral("sendTestMessage"));
    m_save = new QPushButton(content);
    m_save->setObjectName(QStringLiteral("saveMailSettings"));
    buttons->addWidget(m_testLabel);
    buttons->addWidget(m_testAddress, 1);
    buttons->addWidget(m_test);
    buttons->addSpacing(16);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_message = new SectionMessage(content);
    layout->addWidget(m_message);

    m_templatesTitle = addFormTitle(layout);
    m_templates = new MessageTemplateEditor(content);
    m_templates->setObjectName(QStringLiteral("messageTemplateEditor"));
    layout->addWidget(m_templates, 1);
    scroll->setWidget(content);

    connect(m_save, &QPushButton::clicked, this, &MailSection::save);
    connect(m_test, &QPushButton::clicked, this, &MailSection::sendTestMessage);
    for (QLineEdit *edit : { m_host, m_user, m_password, m_fromAddress, m_fromName, m_testAddress })
        connect(edit, &QLineEdit::textChanged, this, &MailSection::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &MailSection::updateState);
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // The usual port of the security chosen, while the port is still another usual one.
        const auto security = static_cast<SmtpSecurity>(m_security->currentData().toInt());
        if (m_port->value() == 587 || m_port->value() == 465 || m_port->value() == 25)
            m_port->setValue(security == SmtpSecurity::Tls ? 465 : security == SmtpSecurity::StartTls ? 587 : 25);
        updateState();
    });
    retranslateUi();
    updateState();
}

QString MailSection::title() const
{
    return tr("E-mail");
}

void MailSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &MailSection::onChanged);
    m_templates->setOffice(office);
    reload();
}

void MailSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Settings) || change.touches(OfficeChange::Kind::Coordinator))
        reload();
}

void MailSection::reload()
{
    m_loaded = MailSettings();
    if (m_office) {
        auto settings = m_office->mailSettings();
        if (settings)
            m_loaded = *settings;
        else
            m_message->show(SectionMessage::Kind::Problem, settings.error().message);
    }
    m_host->setText(m_loaded.host);
    m_port->setValue(m_loaded.port);
    m_security->blockSignals(true);
    m_security->setCurrentIndex(m_security->findData(static_cast<int>(m_loaded.security)));
    m_security->blockSignals(false);
    m_user->setText(m_loaded.user);
    m_fromAddress->setText(m_loaded.fromAddress);
    m_fromName->setText(m_loaded.fromName);
    m_password->clear();
    if (m_office && m_loaded.hasAccount() && !m_loaded.user.isEmpty()) {
        auto kept = PasswordStore::instance().read(PasswordStore::keyFor(m_loaded));
        if (!kept)
            m_passwordHelp->setText(kept.error().message);
        else if (!kept->isEmpty())
            m_password->setPlaceholderText(tr("(kept in the keyring)"));
    }
    if (m_testAddress->text().isEmpty() && m_office)
        m_testAddress->setText(m_office->coordinator().email);
    updateState();
}

MailSettings MailSection::formSettings() const
{
    MailSettings s = m_loaded;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = static_cast<SmtpSecurity>(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.fromAddress = m_fromAddress->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    return s;
}

bool MailSection::save()
{
    if (!m_office)
        return false;
    // Saving reloads the form (the office's change signal): take the typed password first.
    const QString password = m_password->text();
    auto saved = m_office->saveMailSettings(formSettings());
    if (!saved) {
        m_message->show(SectionMessage::Kind::Problem, saved.error().message);
        return false;
    }
    m_loaded = *saved;
    QString text = tr("Saved. The account applies to every coordinator of the office.");
    if (!password.isEmpty()) {
        const Status kept = PasswordStore::instance().write(PasswordStore::keyFor(m_loaded), password);
        if (!kept) {
            m_message->show(SectionMessage::Kind::Problem,
                            tr("The account was saved, but not its password. %1").arg(kept.error().message));
            m_password->setText(password); // still usable for a test message in this session
            updateState();
            return true;
        }
        text += QLatin1Char(' ') + tr("The password is kept in this desktop's keyring.");
        m_password->clear();
        m_password->setPlaceholderText(tr("(kept in the keyring)"));
    }
    m_message->show(SectionMessage::Kind::Information, text);
    updateState();
    return true;
}

bool MailSection::sendTestMessage()
{
    if (!m_office)
        return false;
    const MailSettings settings = formSettings();
    SmtpAccount account = SmtpAccount::fromSettings(settings);
    account.password = m_password->text();
    if (account.password.isEmpty() && !account.user.isEmpty()) {
        auto kept = PasswordStore::instance().read(PasswordStore::keyFor(settings));
        if (kept)
            account.password = *kept;
    }
    const Status sent = m_office->sendTestMessage(account, m_testAddress->text());
    if (!sent) {
        const QString answer = sent.error().code == Error::Code::Mail && !sent.error().detail.isEmpty()
            ? tr("The test message could not be sent: %1").arg(sent.error().detail)
            : sent.error().message;
        m_message->show(SectionMessage::Kind::Problem, answer);
        return false;
    }
    m_message->show(SectionMessage::Kind::Information,
                    tr("The test message was sent to %1.").arg(m_testAddress->text().trimmed()));
    return true;
}

void MailSection::updateState()
{
    const bool admin = m_office && m_office->isAdmin() && !m_office->isReadOnly();
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_host, m_port, m_security, m_user, m_fromAddress, m_fromName })
        w->setEnabled(admin);
    m_password->setEnabled(m_office != nullptr);
    const MailSettings s = formSettings();
    const bool changed = s.host != m_loaded.host || s.port != m_loaded.port || s.security != m_loaded.security
        || s.user != m_loaded.user || s.fromAddress != m_loaded.fromAddress || s.fromName != m_loaded.fromName
        || !m_password->text().isEmpty();
    m_save->setEnabled(admin && changed);
    m_test->setEnabled(m_office && !s.host.isEmpty() && !s.fromAddress.isEmpty()
                       && !m_testAddress->text().trimmed().isEmpty());
    const QString why = admin ? QString() : tr("Only an admin can change the office's mail account.");
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_host, m_port, m_security, m_user, m_fromAddress, m_fromName, m_save })
        w->setToolTip(why);
}

void MailSection::retranslateUi()
{
    setIntroduction(tr("The account the office's messages are sent with — invitations with their calendar entries, "
                       "changes, cancellations, confirmations, reminders — and their wording. Without an account the "
                       "messages wait in the outbox and can be opened in the mail program."));
    m_accountTitle->setText(tr("Account"));
    m_hostLabel->setText(tr("Mail &server:"));
    m_host->setPlaceholderText(tr("smtp.example.fi"));
    m_portLabel->setText(tr("&Port:"));
    m_securityLabel->setText(tr("Se&curity:"));
    m_security->setItemText(0, tr("STARTTLS (submission, usually port 587)"));
    m_security->setItemText(1, tr("TLS from the start (usually port 465)"));
    m_security->setItemText(2, tr("None (only a server on this computer)"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordHelp->setText(tr("Kept in this desktop's keyring, never in the office's database or the settings file. "
                               "Leave empty to keep the one already kept."));
    m_fromAddressLabel->setText(tr("Sender's &address:"));
    m_fromNameLabel->setText(tr("Sender's &name:"));
    m_testLabel->setText(tr("Send a test message &to:"));
    m_test->setText(tr("Send &test message"));
    m_save->setText(tr("&Save"));
    m_templatesTitle->setText(tr("Messages"));
    updateState();
}

} // namespace Kohtaamo
