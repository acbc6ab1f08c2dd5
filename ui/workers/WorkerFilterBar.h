#pragma once

#include "domain/Organisation.h"
#include "domain/Topic.h"
#include "workers/WorkerRegisterFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kohtaamo {

class ListRestriction;

// The register's filters: search as you type (after a short pause), status, organisation, topic (or a narrower
// one), language, region, consent state and minors. Emits filterChanged once per change.
class WorkerFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;

    explicit WorkerFilterBar(QWidget *parent = nullptr);

    void setChoices(const QVector<Organisation> &organisations, const QVector<Topic> &topics,
                    const QStringList &languages, const QStringList &regions);
    WorkerRegisterFilter filter() const;
    // Shows only these workers (a list the Today page opened), every other filter cleared.
    void setRestriction(const QVector<qint64> &ids, const QString &title);
    void clear();

    QLineEdit *searchField() const { return m_search; }
    QWidget *lastInTabOrder() const;

signals:
    void filterChanged(const Kohtaamo::WorkerRegisterFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    QComboBox *addCombo(const char *name, QLabel **label);
    void retranslateUi();
    void fillFixedChoices();
    void fillChoices();
    void scheduleEmit(int delayMs);
    void emitIfChanged();

    QVector<Organisation> m_organisations;
    QVector<Topic> m_topics;
    QStringList m_languages;
    QStringList m_regions;
    WorkerRegisterFilter m_emitted;
    QTimer m_delay;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_clear = nullptr;
    ListRestriction *m_restriction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_topicLabel = nullptr;
    QComboBox *m_topic = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_consentLabel = nullptr;
    QComboBox *m_consent = nullptr;
    QLabel *m_minorsLabel = nullptr;
    QComboBox *m_minors = nullptr;
};

} // namespace Kohtaamo
