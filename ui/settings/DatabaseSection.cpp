#include "DatabaseSection.h"

#include "SectionMessage.h"
#include "common/Colours.h"
#include "office/OfficeService.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

DatabaseSection::DatabaseSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    m_currentLabel = new QLabel(body());
    m_current = new QLabel(body());
    m_current->setObjectName(QStringLiteral("currentDatabase"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_current->setWordWrap(true);
    grid->addWidget(m_currentLabel, 0, 0);
    grid->addWidget(m_current, 0, 1, 1, 2);
    m_addressLabel = new QLabel(body());
    m_address = new QLineEdit(body());
    m_address->setObjectName(QStringLiteral("databaseAddress"));
    m_address->installEventFilter(this);
    m_addressLabel->setBuddy(m_address);
    m_browse = new QPushButton(body());
    m_browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    grid->addWidget(m_addressLabel, 1, 0);
    grid->addWidget(m_address, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_problem = new QLabel(body());
    m_problem->setObjectName(QStringLiteral("databaseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, Colours::toneText(palette, Colours::Tone::Problem));
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("databaseMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_test = new QPushButton(body());
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    buttons->addWidget(m_test);
    m_use = new QPushButton(body());
    m_use->setObjectName(QStringLiteral("useDatabaseButton"));
    buttons->addWidget(m_use);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::textChanged, this, &DatabaseSection::onEdited);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseSection::browse);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSection::testConnection);
    connect(m_use, &QPushButton::clicked, this, &DatabaseSection::useTested);

    retranslateUi();
    onEdited();
}

QString DatabaseSection::title() const
{
    return tr("Database");
}

void DatabaseSection::retranslateUi()
{
    setIntroduction(tr("An SQLite file serves one coordinator; a PostgreSQL database is shared by several: "
                       "postgresql://user@host:port/database. The password comes from ~/.pgpass or the PGPASSWORD "
                       "environment variable. An address is tested before it can be used; Kohtaamo then opens "
                       "it at every start."));
    m_currentLabel->setText(tr("In use now:"));
    m_current->setAccessibleName(tr("Database in use now"));
    m_addressLabel->setText(tr("&Address:"));
    m_address->setAccessibleName(tr("Database file or PostgreSQL address"));
    m_address->setAccessibleDescription(tr("A file path, or postgresql://user@host:port/database; checked as it "
                                           "is typed"));
    m_address->setPlaceholderText(tr("File path or postgresql://…"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for a database file"));
    m_browse->setAccessibleDescription(tr("Chooses an SQLite file; a new name creates a new database"));
    m_test->setText(tr("&Test Connection"));
    m_test->setAccessibleName(tr("Test the connection to the database"));
    m_test->setAccessibleDescription(tr("Opens the database read-only and says what it found (Enter in the "
                                        "address)"));
    m_use->setText(tr("&Use This Database"));
    m_use->setAccessibleName(tr("Use this database"));
    m_use->setAccessibleDescription(tr("Switches to the tested database and opens it at every start"));
    m_problem->setAccessibleName(tr("Problem with the database address"));
    updateCurrent();
}

void DatabaseSection::setOffice(OfficeService *office)
{
    m_search.clear();
    if (office) {
        m_inUse = office->location();
        // Which search the inbox uses (pg_trgm or not on PostgreSQL), asked once per office opened.
        if (auto search = office->searchInUse())
            m_search = *search;
    } else {
        m_inUse.reset();
    }
    updateCurrent();
    // The address starts from the database in use, also after a switch.
    if (m_inUse)
        m_address->setText(m_inUse->toString());
}

void DatabaseSection::updateCurrent()
{
    if (!m_inUse) {
        m_current->setText(tr("No database is open."));
        m_current->setAccessibleDescription(m_current->text());
        return;
    }
    const DatabaseLocation &loc = *m_inUse;
    m_current->setText(loc.kind == DatabaseLocation::Kind::SQLite
                           ? tr("SQLite file %1").arg(QDir::toNativeSeparators(loc.path))
                           : tr("PostgreSQL database %1").arg(loc.displayName()));
    if (!m_search.isEmpty())
        m_current->setText(tr("%1\nSearching the requests: %2").arg(m_current->text(), m_search));
    m_current->setAccessibleDescription(m_current->text()); // the name says what it is, this says which one
}

void DatabaseSection::browse()
{
    QString start = m_address->text().trimmed();
    if (start.contains(QLatin1String("://")))
        start.clear();
    QFileDialog dialog(this, tr("Choose a Kohtaamo Database"), start.isEmpty() ? QString() : QFileInfo(start).path());
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile); // a new name creates a new database
    dialog.setNameFilters({ tr("Kohtaamo databases (*.sqlite *.db)"), tr("All files (*)") });
    if (!start.isEmpty())
        dialog.selectFile(start);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_address->setText(dialog.selectedFiles().constFirst());
}

void DatabaseSection::onEdited()
{
    m_tested.reset();
    m_message->clear();
    const QString text = m_address->text().trimmed();
    m_parsed.reset();
    QString problem;
    if (!text.isEmpty()) {
        auto parsed = DatabaseLocation::parse(text);
        if (parsed)
            m_parsed = *parsed;
        else
            problem = parsed.error().message;
    }
    m_problem->setText(problem);
    m_problem->setAccessibleDescription(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_test->setEnabled(m_parsed.has_value());
    m_use->setEnabled(false);
}

bool DatabaseSection::testConnection()
{
    m_tested.reset();
    m_use->setEnabled(false);
    if (!m_parsed) {
        m_message->show(SectionMessage::Kind::Problem,
                        m_problem->text().isEmpty() ? tr("Give a database file or a PostgreSQL address first.")
                                                    : m_problem->text());
        return false;
    }
    const DatabaseLocation loc = *m_parsed;
    const bool sqlite = loc.kind == DatabaseLocation::Kind::SQLite;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto inspected = OfficeService::inspect(loc);
    QApplication::restoreOverrideCursor();
    if (!inspected) {
        m_message->show(SectionMessage::Kind::Problem,
                        tr("Kohtaamo cannot use this database. %1").arg(inspected.error().message));
        return false;
    }
    QString found;
    switch (inspected->state) {
    case OfficeInspection::State::NoFileYet:
        if (!inspected->canCreate) {
            m_message->show(SectionMessage::Kind::Problem,
                            tr("There is no database at “%1”, and Kohtaamo cannot create one: the folder “%2” "
                               "cannot be written.")
                                .arg(QDir::toNativeSeparators(loc.path), QDir::toNativeSeparators(inspected->folder)));
            return false;
        }
        found = tr("There is no database at “%1” yet: using it creates a new, empty Kohtaamo database.")
                    .arg(QDir::toNativeSeparators(loc.path));
        break;
    case OfficeInspection::State::Ready:
        found = tr("The connection works: a Kohtaamo database with %1 workers and %2 requests.")
                    .arg(inspected->counts.workers)
                    .arg(inspected->counts.allRequests());
        break;
    case OfficeInspection::State::Older:
        // Opening it for use upgrades it (an SQLite file is backed up first).
        found = tr("The connection works. The database is from an older Kohtaamo and is upgraded when it is "
                   "used%1.")
                    .arg(sqlite ? tr(", after a backup copy is made next to it") : QString());
        break;
    case OfficeInspection::State::Empty:
        found = tr("The connection works. The PostgreSQL database is empty: using it sets up Kohtaamo in it.");
        break;
    }
    if (m_inUse && m_inUse->toString() == loc.toString())
        found += QLatin1Char(' ') + tr("It is the database in use now.");
    m_tested = loc;
    m_use->setEnabled(true);
    m_message->show(SectionMessage::Kind::Information, found);
    return true;
}

void DatabaseSection::useTested()
{
    if (!m_tested)
        return;
    emit openDatabaseRequested(*m_tested);
}

bool DatabaseSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_address && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            testConnection();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_inUse && m_address->text() != m_inUse->toString()) {
            m_address->setText(m_inUse->toString());
            return true;
        }
    }
    return SettingsSection::eventFilter(watched, event);
}

} // namespace Kohtaamo
