#include "EncryptedBackup.h"

#include "common/PrivateFileMode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace Kohtaamo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kohtaamo::EncryptedBackup", text);
}

// The header: magic, format version, Argon2id's algorithm and limits, the salt (all authenticated with every chunk
// as additional data), then secretstream's own header.
constexpr char kMagic[16] = { 'K', 'O', 'H', 'T', 'A', 'A', 'M', 'O', '-', 'B', 'A', 'C', 'K', 'U', 'P', '\n' };
constexpr quint32 kFormat = 1;
constexpr qsizetype kAuthenticatedSize = 16 + 4 + 4 + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr qsizetype kHeaderSize = kAuthenticatedSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;

Status sodiumReady()
{
    if (sodium_init() < 0)
        return Error(Error::Code::Database, tr("The encryption library (libsodium) could not start."));
    return Status::success();
}

// The key for `passphrase`; false when Argon2id could not have the memory it asks for.
bool deriveKey(std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> &key,
               const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
{
    QByteArray secret = passphrase.toUtf8();
    const int rc
        = crypto_pwhash(key.data(), key.size(), secret.constData(), static_cast<unsigned long long>(secret.size()),
                        salt, ops, static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return rc == 0;
}

Error readError(const QString &path, const QString &why)
{
    return Error(Error::Code::CannotOpen, tr("The file “%1” could not be read: %2").arg(path, why),
                 QStringLiteral("path"));
}

Error writeError(const QString &path, const QString &why)
{
    return Error(Error::Code::CannotOpen, tr("The file “%1” could not be written: %2").arg(path, why),
                 QStringLiteral("path"));
}

Error existsError(const QString &path)
{
    return Error(Error::Code::InvalidInput,
                 tr("The file “%1” already exists. Choose another name; Kohtaamo does not overwrite it.")
                     .arg(QDir::toNativeSeparators(path)),
                 QStringLiteral("path"));
}

} // namespace

EncryptedBackup::Limits EncryptedBackup::Limits::standard()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

EncryptedBackup::Limits EncryptedBackup::Limits::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

Status EncryptedBackup::encryptFile(const QString &plainPath, const QString &target, const QString &passphrase,
                                    const Limits &limits)
{
    if (Status s = sodiumReady(); !s)
        return s;
    if (QFileInfo::exists(target))
        return existsError(target);
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return readError(plainPath, in.errorString());
    QSaveFile out(target);
    {
        const PrivateFileMode privateFiles; // the owner's only, from the first byte
        if (!out.open(QIODevice::WriteOnly))
            return writeError(target, out.errorString());
    }

    QByteArray header(kHeaderSize, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    memcpy(h, kMagic, sizeof kMagic);
    qToLittleEndian<quint32>(kFormat, h + 16);
    qToLittleEndian<quint32>(static_cast<quint32>(crypto_pwhash_ALG_ARGON2ID13), h + 20);
    qToLittleEndian<quint64>(limits.opsLimit, h + 24);
    qToLittleEndian<quint64>(limits.memLimit, h + 32);
    unsigned char *salt = h + 40;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);

    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key {};
    if (!deriveKey(key, passphrase, salt, limits.opsLimit, limits.memLimit))
        return Error(Error::Code::Database, tr("There was not enough memory to derive the backup's key."));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, h + kAuthenticatedSize, key.data());
    sodium_memzero(key.data(), key.size());
    if (out.write(header) != header.size())
        return writeError(target, out.errorString());

    QByteArray plain(kChunk, '\0');
    QByteArray sealed(kSealedChunk, '\0');
    bool last = false;
    while (!last) {
        const qint64 n = in.read(plain.data(), kChunk);
        if (n < 0)
            return readError(plainPath, in.errorString());
        last = in.atEnd() || n < kChunk;
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), &sealedSize,
            reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(n), h,
            static_cast<unsigned long long>(kAuthenticatedSize),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        std::array<uchar, 4> length {};
        qToLittleEndian<quint32>(static_cast<quint32>(sealedSize), length.data());
        if (out.write(reinterpret_cast<const char *>(length.data()), 4) != 4
            || out.write(sealed.constData(), static_cast<qint64>(sealedSize)) != static_cast<qint64>(sealedSize))
            return writeError(target, out.errorString());
    }
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (!out.commit())
        return writeError(target, out.errorString());
    return Status::success();
}

Status EncryptedBackup::decryptFile(const QString &source, const QString &plainTarget, const QString &passphrase)
{
    if (Status s = sodiumReady(); !s)
        return s;
    if (QFileInfo::exists(plainTarget))
        return existsError(plainTarget);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return readError(source, in.errorString());
    const auto notBackup = [&source] {
        return Error(Error::Code::InvalidInput,
                     tr("“%1” is not a Kohtaamo backup (or its beginning was changed). Nothing was restored.")
                         .arg(QDir::toNativeSeparators(source)),
                     QStringLiteral("path"));
    };
    const auto damaged = [&source] {
        return Error(Error::Code::InvalidInput,
                     tr("The backup “%1” was changed or damaged after it was written. Nothing was restored.")
                         .arg(QDir::toNativeSeparators(source)),
                     QStringLiteral("path"));
    };
    const QByteArray header = in.read(kHeaderSize);
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    if (header.size() != kHeaderSize || memcmp(h, kMagic, sizeof kMagic) != 0)
        return notBackup();
    const quint64 ops = qFromLittleEndian<quint64>(h + 24);
    const quint64 mem = qFromLittleEndian<quint64>(h + 32);
    if (qFromLittleEndian<quint32>(h + 16) != kFormat
        || qFromLittleEndian<quint32>(h + 20) != static_cast<quint32>(crypto_pwhash_ALG_ARGON2ID13)
        || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return notBackup();

    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key {};
    if (!deriveKey(key, passphrase, h + 40, ops, mem))
        return Error(Error::Code::Database, tr("There was not enough memory to derive the backup's key."));
    crypto_secretstream_xchacha20poly1305_state state;
    const int initialised = crypto_secretstream_xchacha20poly1305_init_pull(&state, h + kAuthenticatedSize, key.data());
    sodium_memzero(key.data(), key.size());
    if (initialised != 0)
        return notBackup();

    QFile out(plainTarget);
    {
        const PrivateFileMode privateFiles;
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return writeError(plainTarget, out.errorString());
    }
    const auto fail = [&out](const Error &e) -> Status {
        out.close();
        out.remove();
        return e;
    };
    QByteArray plain(kChunk, '\0');
    bool first = true;
    for (;;) {
        const QByteArray length = in.read(4);
        if (length.size() != 4)
            return fail(first ? damaged()
                              : Error(Error::Code::InvalidInput,
                                      tr("The backup “%1” is cut short: its end is missing. Nothing was "
                                         "restored.")
                                          .arg(QDir::toNativeSeparators(source)),
                                      QStringLiteral("path")));
        const quint32 size = qFromLittleEndian<quint32>(length.constData());
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES || size > kSealedChunk)
            return fail(damaged());
        const QByteArray sealed = in.read(size);
        if (sealed.size() != static_cast<qsizetype>(size))
            return fail(damaged());
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()),
                                                       &plainSize, &tag,
                                                       reinterpret_cast<const unsigned char *>(sealed.constData()),
                                                       size, h, static_cast<unsigned long long>(kAuthenticatedSize))
            != 0) {
            if (first)
                return fail(Error(Error::Code::InvalidInput,
                                  tr("The passphrase is wrong, or the backup “%1” was changed. Nothing was restored.")
                                      .arg(QDir::toNativeSeparators(source)),
                                  QStringLiteral("passphrase")));
            return fail(damaged());
        }
        first = false;
        if (out.write(plain.constData(), static_cast<qint64>(plainSize)) != static_cast<qint64>(plainSize))
            return fail(writeError(plainTarget, out.errorString()));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (!in.atEnd())
        return fail(damaged()); // bytes after the final chunk
    if (!out.flush())
        return fail(writeError(plainTarget, out.errorString()));
    out.close();
    return Status::success();
}

} // namespace Kohtaamo
