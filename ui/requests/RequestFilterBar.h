#pragma once

#include "domain/ServiceType.h"
#include "domain/Topic.h"
#include "requests/RequestInboxFilter.h"

#include <QTimer>
#include <QVector>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kohtaamo {

class ListRestriction;

// The inbox's filters: free-text search (applied as you type, after a short pause), status, service type, topic
// (the topic or anything narrower), and a date range on the received or the work date. Emits filterChanged once per
// change the coordinator makes; the names follow the UI language.
class RequestFilterBar : public QWidget
{
    Q_OBJECT
public:
    // How long typing may pause before the search runs.
    static constexpr int kSearchDelayMs = 200;
    // ...and when a word is one no index takes (RequestInboxFilter::hasUnindexedWord: shorter than three characters
    // and not only letters and digits, such as "%" or "-2"): its search reads every request, so typing on at an
    // ordinary pace never runs it. "V" and "Vi" are looked up in an index and wait the ordinary pause. Enter
    // searches at once.
    static constexpr int kUnindexedWordDelayMs = 700;

    explicit RequestFilterBar(QWidget *parent = nullptr);

    // The topics (any order, retired ones included) and service types to offer.
    void setChoices(const QVector<Topic> &topics, const QVector<ServiceType> &serviceTypes);

    RequestInboxFilter filter() const;
    // Shows `filter` and emits filterChanged if it differs from the last one emitted. A filter with both a received
    // and a work range shows (and keeps) the received one.
    void setFilter(const RequestInboxFilter &filter);
    // Shows only these requests (a list the Today page opened), every other filter cleared.
    void setRestriction(const QVector<qint64> &ids, const QString &title);
    ListRestriction *restriction() const { return m_restriction; }
    void clear() { setFilter({}); }

    QLineEdit *searchField() const { return m_search; }
    // The pause before a change is emitted (typing, a date), single-shot; stopped when nothing waits. Exposed for
    // tests, so that they check which pause was chosen (interval()) and end it by emitting its timeout instead of
    // waiting on the clock.
    QTimer *delayTimer() { return &m_delay; }
    // The last widget in the tab order, for the owner to continue from.
    QWidget *lastInTabOrder() const;

signals:
    void filterChanged(const Kohtaamo::RequestInboxFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillStatuses(const QStringList &current);
    void fillServiceTypes();
    void fillTopics();
    void scheduleEmit(int delayMs);
    void emitIfChanged();
    void showFilter(const RequestInboxFilter &filter);
    void updateClearButton();
    void updateDateNames();
    QDate dateOf(const QDateEdit *edit) const;
    void setDate(QDateEdit *edit, const QDate &date);

    QVector<Topic> m_topics;
    QVector<ServiceType> m_serviceTypes;
    RequestInboxFilter m_emitted;
    QTimer m_delay;

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_serviceTypeLabel = nullptr;
    QComboBox *m_serviceType = nullptr;
    QLabel *m_topicLabel = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_dateField = nullptr;
    QLabel *m_datesLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
    ListRestriction *m_restriction = nullptr;
};

} // namespace Kohtaamo
