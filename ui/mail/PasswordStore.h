#pragma once

#include "common/Result.h"

#include <QString>

namespace Kohtaamo {

struct MailSettings;

// Where the desktop keeps the mail account's password: never in the office's database nor in the settings file.
// The application uses the desktop's keyring (KeychainPasswordStore, QtKeychain); tests install a
// MemoryPasswordStore. A store that cannot reach a keyring answers with Error::Code::NotAllowed and a message that
// says so; the caller then asks for the password when it is needed.
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;

    // The password kept under `key`; an empty string when none is kept.
    virtual Result<QString> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &password) = 0;
    virtual Status remove(const QString &key) = 0;

    // The store installed with install(), else the desktop's keyring.
    static PasswordStore &instance();
    // Used instead of the keyring until install(nullptr); the caller keeps it alive.
    static void install(PasswordStore *store);
    // The key of an account's password: "smtp:user@host:port".
    static QString keyFor(const MailSettings &settings);
};

} // namespace Kohtaamo
