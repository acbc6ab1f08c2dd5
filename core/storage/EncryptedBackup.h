#pragma once

#include "common/Result.h"

#include <QString>

namespace Kohtaamo {

// An encrypted copy of a file (an SQLite office), for `kohtaamo-cli backup` / `restore` and File ▸ Back Up Office.
// libsodium: the key is derived from the passphrase with Argon2id (crypto_pwhash; its salt and limits are in the
// file's header), the content is sealed in 64 KiB chunks with crypto_secretstream_xchacha20poly1305, the last one
// tagged final, and the header is authenticated with every chunk. A wrong passphrase, any changed byte, a chunk
// removed or the end cut off: an error, and nothing written is kept. The format: docs/data-protection.md.
class EncryptedBackup
{
public:
    struct Limits
    {
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        // libsodium's "moderate" Argon2id limits (about 256 MiB and a second), for real backups.
        static Limits standard();
        // Its "interactive" limits (64 MiB), for tests.
        static Limits interactive();
    };

    // Encrypts the file `plainPath` into the new file `target` (refused when it exists), created readable by its
    // owner only.
    static Status encryptFile(const QString &plainPath, const QString &target, const QString &passphrase,
                              const Limits &limits = Limits::standard());
    // Decrypts `source` into the new file `plainTarget` (refused when it exists), created readable by its owner only;
    // on any error `plainTarget` is removed again.
    static Status decryptFile(const QString &source, const QString &plainTarget, const QString &passphrase);
};

} // namespace Kohtaamo
