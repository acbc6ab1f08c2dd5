#!/bin/bash
# The bash completions (packaging/completion) as bash-completion loads them: what a Tab after each word offers.
#   bash_completion.sh COMPLETION_DIR
set -u
DIR=$1
BASH_COMPLETION=/usr/share/bash-completion/bash_completion
if [ ! -f "$BASH_COMPLETION" ]; then
    echo "bash-completion is not installed ($BASH_COMPLETION; tools/install-deps.sh installs it)"
    exit 1
fi
# shellcheck disable=SC1090
source "$BASH_COMPLETION"
source "$DIR/kohtaamo-cli"
source "$DIR/kohtaamo"
failures=0

# complete "expected words" word...: the completion offered for the last word of the line.
complete_line() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    local function
    function=$(complete -p "$1" | sed -E 's/.*-F ([^ ]+).*/\1/')
    "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
    if [ "$got" != "$expected" ]; then
        echo "FAILED: '$*' offers '$got', expected '$expected'"
        failures=$((failures + 1))
    fi
}

complete_line "admin audit backup demo erase-worker export fees help import import-workers info init outbox rank report restore subject-access suggest-team summary" kohtaamo-cli --db office.kohtaamo ""
complete_line "--help --worker --yes" kohtaamo-cli --db o.kohtaamo erase-worker --
complete_line "--help --json --office-name --pdf --worker" kohtaamo-cli --db o.kohtaamo subject-access --
complete_line "import import-workers" kohtaamo-cli --db office.kohtaamo imp
complete_line "--dry-run --help --map --organisation" kohtaamo-cli --db o.kohtaamo import-workers register.csv --
complete_line "list mark-paid" kohtaamo-cli --db o.kohtaamo fees ""
complete_line "results" kohtaamo-cli --db o.kohtaamo report ""
complete_line "list verify" kohtaamo-cli --db o.kohtaamo audit ""
complete_line "--coordinator --from --help --limit --request --to --worker" kohtaamo-cli --db o.kohtaamo audit list --
complete_line "add-coordinator init-postgres" kohtaamo-cli --db postgresql://dba@db/kohtaamo admin ""
complete_line "admin coordinator viewer" kohtaamo-cli --db postgresql://dba@db/kohtaamo admin add-coordinator --role ""
complete_line "--activity --csv --from --help --office-name --organisation --pdf --quarter --to --xlsx --year" kohtaamo-cli --db o.kohtaamo report results --
complete_line "--csv --from --help --state --to --xlsx" kohtaamo-cli --db o.kohtaamo fees list --
complete_line "--acknowledge-ceiling --batch-note --help --on" kohtaamo-cli --db o.kohtaamo fees mark-paid --
complete_line "all due paid" kohtaamo-cli --db o.kohtaamo fees list --state ""
complete_line "rank" kohtaamo-cli --db office.kohtaamo ra
complete_line "--db --help --lang --version" kohtaamo-cli -
complete_line "fi" kohtaamo-cli --lang f
complete_line "--date --excluded --help --json --limit" kohtaamo-cli --db o.kohtaamo rank 2026-0001 --
complete_line "--date --help --json" kohtaamo-cli --db o.kohtaamo suggest-team --
complete_line "--help --office-name --pdf" kohtaamo-cli --db o.kohtaamo summary 2026-0001 --
complete_line "--help --requests --seed --today --workers" kohtaamo-cli --db o.kohtaamo demo --
complete_line "subject-access suggest-team summary" kohtaamo-cli help su
complete_line "list send" kohtaamo-cli --db o.kohtaamo outbox ""
complete_line "--help --request --state" kohtaamo-cli --db o.kohtaamo outbox list --
complete_line "--approve-drafts --help" kohtaamo-cli --db o.kohtaamo outbox send --
complete_line "failed" kohtaamo-cli --db o.kohtaamo outbox list --state f
complete_line "--db --demo --help --lang --version" kohtaamo -
complete_line "en fi sv" kohtaamo --lang ""

if [ $failures -ne 0 ]; then
    exit 1
fi
echo "bash completion: all lines complete as expected"
