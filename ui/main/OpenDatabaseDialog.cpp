#include "OpenDatabaseDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));

    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(tr("Give an SQLite file, used by one coordinator, or a PostgreSQL database shared by "
                                  "several coordinators: postgresql://user@host:port/database. The password comes "
                                  "from ~/.pgpass or the PGPASSWORD environment variable. A file that does not exist "
                                  "yet is created."),
                               this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);

    m_label = new QLabel(tr("&Database:"), this);
    layout->addWidget(m_label);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(tr("Database file or PostgreSQL address"));
    m_edit->setPlaceholderText(tr("File path or postgresql://…"));
    m_label->setBuddy(m_edit);
    row->addWidget(m_edit, 1);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Browse for a database file"));
    row->addWidget(m_browse);
    layout->addLayout(row);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the database address"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    connect(m_edit, &QLineEdit::textChanged, this, &OpenDatabaseDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(qMax(sizeHint().width(), 560), sizeHint().height());
    validate();
}

void OpenDatabaseDialog::setLocation(const DatabaseLocation &location)
{
    m_edit->setText(location.toString());
    m_edit->selectAll();
}

QString OpenDatabaseDialog::text() const
{
    return m_edit->text();
}

void OpenDatabaseDialog::browse()
{
    QString start = m_edit->text().trimmed();
    if (start.contains(QLatin1String("://")))
        start.clear();
    QFileDialog dialog(this, tr("Choose a Kohtaamo Database"), start.isEmpty() ? QString() : QFileInfo(start).path());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile); // a new name creates a new database
    dialog.setNameFilters({ tr("Kohtaamo offices (*.kohtaamo *.sqlite *.db)"), tr("All files (*)") });
    if (!start.isEmpty())
        dialog.selectFile(start);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_edit->setText(dialog.selectedFiles().constFirst());
}

void OpenDatabaseDialog::validate()
{
    const QString text = m_edit->text().trimmed();
    QPushButton *open = m_buttons->button(QDialogButtonBox::Open);
    if (text.isEmpty()) {
        m_problem->clear();
        m_problem->hide();
        open->setEnabled(false);
        return;
    }
    auto parsed = DatabaseLocation::parse(text);
    if (parsed) {
        m_location = *parsed;
        m_problem->clear();
        m_problem->hide();
        open->setEnabled(true);
    } else {
        m_problem->setText(parsed.error().message);
        m_problem->show();
        open->setEnabled(false);
    }
}

} // namespace Kohtaamo
