#pragma once

#include "PasswordStore.h"

#include <QHash>

namespace Kohtaamo {

// Passwords kept in memory only, for tests (there is no keyring offscreen) and for a session whose keyring is gone.
// `available` false makes it answer as a desktop without a keyring does.
class MemoryPasswordStore : public PasswordStore
{
public:
    Result<QString> read(const QString &key) override;
    Status write(const QString &key, const QString &password) override;
    Status remove(const QString &key) override;

    void setAvailable(bool available) { m_available = available; }
    void reset()
    {
        m_passwords.clear();
        m_available = true;
    }
    const QHash<QString, QString> &passwords() const { return m_passwords; }

private:
    QHash<QString, QString> m_passwords;
    bool m_available = true;
};

} // namespace Kohtaamo
