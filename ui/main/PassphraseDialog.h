#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Kohtaamo {

// Asks for a backup's passphrase: twice when a backup is written (both must match, at least 10 characters), once when
// one is restored. The characters are never shown.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Backup, Restore };
    PassphraseDialog(Purpose purpose, QWidget *parent = nullptr);

    QString passphrase() const;

private:
    void updateState();

    Purpose m_purpose;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kohtaamo
