#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
constexpr int kMinLength = 10;
}

PassphraseDialog::PassphraseDialog(Purpose purpose, QWidget *parent) : QDialog(parent), m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::Backup ? tr("Back Up the Office") : tr("Restore the Office"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(purpose == Purpose::Backup
                                 ? tr("The backup is encrypted with this passphrase. Without it nobody can read the "
                                      "backup, you included: keep it safe.")
                                 : tr("The passphrase the backup was written with."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("&Passphrase:"), m_first);
    if (purpose == Purpose::Backup) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        form->addRow(tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Backup ? tr("&Write Backup") : tr("&Restore"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    updateState();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::updateState()
{
    QString problem;
    if (m_purpose == Purpose::Backup) {
        if (!m_first->text().isEmpty() && m_first->text().size() < kMinLength)
            problem = tr("At least %1 characters.").arg(kMinLength);
        else if (!m_second->text().isEmpty() && m_second->text() != m_first->text())
            problem = tr("The two passphrases differ.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool ready = m_purpose == Purpose::Backup
        ? m_first->text().size() >= kMinLength && m_second->text() == m_first->text()
        : !m_first->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace Kohtaamo
