#include "PasswordStore.h"

#include "KeychainPasswordStore.h"
#include "MemoryPasswordStore.h"
#include "mail/MailSettings.h"

#include <QCoreApplication>

namespace Kohtaamo {

namespace {
PasswordStore *g_installed = nullptr;

Error noKeyring()
{
    return Error(Error::Code::NotAllowed,
                 QCoreApplication::translate("Kohtaamo::PasswordStore",
                                             "No keyring is available on this desktop: the password cannot be kept. "
                                             "Kohtaamo asks for it when it sends."),
                 QStringLiteral("keyring"));
}
} // namespace

PasswordStore &PasswordStore::instance()
{
    if (g_installed)
        return *g_installed;
    static KeychainPasswordStore keychain;
    return keychain;
}

void PasswordStore::install(PasswordStore *store)
{
    g_installed = store;
}

QString PasswordStore::keyFor(const MailSettings &settings)
{
    return QStringLiteral("smtp:%1@%2:%3").arg(settings.user, settings.host).arg(settings.port);
}

Result<QString> MemoryPasswordStore::read(const QString &key)
{
    if (!m_available)
        return noKeyring();
    return m_passwords.value(key);
}

Status MemoryPasswordStore::write(const QString &key, const QString &password)
{
    if (!m_available)
        return noKeyring();
    m_passwords.insert(key, password);
    return {};
}

Status MemoryPasswordStore::remove(const QString &key)
{
    if (!m_available)
        return noKeyring();
    m_passwords.remove(key);
    return {};
}

} // namespace Kohtaamo
