#pragma once

#include "PasswordStore.h"

#include <QCoreApplication>

namespace Kohtaamo {

// The desktop's keyring through QtKeychain (Secret Service, KWallet): each call waits for its job in a local event
// loop. Without a keyring (no service on the session bus) the answer is Error::Code::NotAllowed with a message that
// says the password cannot be kept.
class KeychainPasswordStore : public PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::KeychainPasswordStore)
public:
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &password) override;
    Status remove(const QString &key) override;

    static QString serviceName(); // "Kohtaamo"
};

} // namespace Kohtaamo
