#pragma once

#include "SettingsSection.h"

#include "mail/MailSettings.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Kohtaamo {

class MessageTemplateEditor;
class OfficeService;
class SectionMessage;
struct OfficeChange;

// Settings ▸ E-mail: the office's mail account (server, port, security, user, sender) saved through the office
// service — admins change it, others read it — and its password kept in the desktop's keyring (PasswordStore), never
// in the database or the settings file; a test message; and the wording of every message kind in fi/sv/en
// (MessageTemplateEditor).
class MailSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit MailSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;
    // Saves the account (and the password into the keyring when one was typed); false (and a message) when refused.
    bool save();
    // Sends a test message to the address in the test field with the account as the form holds it.
    bool sendTestMessage();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *fromAddressEdit() const { return m_fromAddress; }
    QLineEdit *fromNameEdit() const { return m_fromName; }
    QLineEdit *testAddressEdit() const { return m_testAddress; }
    QPushButton *saveButton() const { return m_save; }
    SectionMessage *message() const { return m_message; }
    MessageTemplateEditor *templates() const { return m_templates; }

protected:
    void retranslateUi() override;

private:
    void reload();
    void onChanged(const OfficeChange &change);
    void updateState();
    MailSettings formSettings() const;

    QPointer<OfficeService> m_office;
    MailSettings m_loaded;
    QLabel *m_accountTitle = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_securityLabel = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordHelp = nullptr;
    QLabel *m_fromAddressLabel = nullptr;
    QLineEdit *m_fromAddress = nullptr;
    QLabel *m_fromNameLabel = nullptr;
    QLineEdit *m_fromName = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_testLabel = nullptr;
    QLineEdit *m_testAddress = nullptr;
    QPushButton *m_test = nullptr;
    SectionMessage *m_message = nullptr;
    QLabel *m_templatesTitle = nullptr;
    MessageTemplateEditor *m_templates = nullptr;
};

} // namespace Kohtaamo
