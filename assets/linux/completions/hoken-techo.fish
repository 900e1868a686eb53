# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_hoken_techo_global_optspecs
    string join \n db= json lang= passphrase-env= today= h/help V/version
end

function __fish_hoken_techo_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_hoken_techo_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_hoken_techo_using_subcommand
    set -l cmd (__fish_hoken_techo_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -s V -l version -d 'Print version'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "member" -d 'Household members: add, list, show, edit, remove'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "qualification" -d 'Qualifications from the 資格情報のお知らせ: add, list, edit, end, remove'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "document" -d 'Documents per member (card, e-certs, 資格確認書 …): set, clear, list'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "status" -d 'What works on a date, what to bring to the clinic, and what to do next'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "troubleshoot" -d 'When the card reader at the clinic cannot confirm a member: questions and steps'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "pdf" -d 'Print the personal copy of the 資格情報のお知らせ as a PDF (A4 sheets, card cut-outs)'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "reminders" -d 'Reminders due and upcoming; done, snooze, dismiss; lead times per kind'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "ics" -d 'Save the reminders as a calendar file (.ics) to import into any calendar app'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "backup" -d 'Backups next to the database: list, create, restore (a daily one is automatic)'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "export" -d 'Save the whole household as a JSON file (docs/EXPORT_FORMAT.md)'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "import" -d 'Replace the whole household with a JSON file\'s, after checking all of it'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "encryption" -d 'Encrypt the database and its backups with a passphrase: set, change, remove, status'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "demo" -d 'A fictional household to try the app with: load (into an empty household), remove'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "card" -d 'Read the 利用者証明用電子証明書\'s expiry from the My Number Card on a card reader (no PIN): readers, read [--member ID to save it]'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "insurer" -d 'Check a 保険者番号 and say what it is (exit status 0 if valid)'
complete -c hoken-techo -n "__fish_hoken_techo_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a member and print it'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List the household'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one member'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change a member; fields not given stay as they are'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a member and everything recorded for them'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l name -d '氏名, e.g. 山田 太郎 (words after --name are joined with a space)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l kana -d 'フリガナ in katakana (hiragana and half-width are converted), e.g. ヤマダ タロウ' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l birth -d '生年月日: 1980-01-02, 1980/1/2, 昭和55年1月2日 or S55.1.2' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l relation -d '続柄: 本人/配偶者/子/父母/その他 or self/spouse/child/parent/other' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l from-json -d 'Read the values from a JSON file, or - for standard input, instead of the options (arguments are visible to other users in ps and kept in shell history)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from list" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from list" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from show" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from show" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from show" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from show" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l name -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l kana -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l birth -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l relation -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l from-json -d 'Read the values from a JSON file, or - for standard input, instead of the options (arguments are visible to other users in ps and kept in shell history)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (needed when not run from a terminal)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member and print it'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the household'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one member'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a member; fields not given stay as they are'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member and everything recorded for them'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -f -a "add" -d 'Add a qualification from the 資格情報のお知らせ (or 資格確認書)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -f -a "list" -d 'List qualifications: one member\'s, or the whole household\'s'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -f -a "edit" -d 'Change a qualification; fields not given stay as they are'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -f -a "end" -d 'End a qualification (資格喪失日), moving it to the member\'s history'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -f -a "remove" -d 'Delete a qualification entered by mistake'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and not __fish_seen_subcommand_from add list edit end remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l member -d 'The member it belongs to (see `member list`)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l insurer -d '保険者番号 (8 digits, 国保 6), e.g. 01130012' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l insurer-name -d '保険者名称 as printed, e.g. 全国健康保険協会 東京支部' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l symbol -d '記号 as printed (full-width is fine)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l number -d '番号 as printed' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l branch -d '枝番 (2 digits; 1 becomes 01)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l acquired -d '資格取得年月日: 2025-04-01, 令和7年4月1日, R7.4.1 …' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l lost -d '資格喪失年月日, for a past qualification' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l role -d 'insured (本人・被保険者) or dependant (家族・被扶養者); default insured' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l burden -d '負担割合: 1, 2 or 3 (割)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l my-number-last4 -d 'The last 4 digits of the My Number, only if you want them kept. Never the full number' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l memo -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l from-json -d 'Read the values from a JSON file, or - for standard input, instead of the options (arguments are visible to other users in ps and kept in shell history)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l end-current -d 'If the member has a current qualification, end it on the new 資格取得日'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -l member -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l insurer -d '保険者番号 (8 digits, 国保 6), e.g. 01130012' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l insurer-name -d '保険者名称 as printed, e.g. 全国健康保険協会 東京支部' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l symbol -d '記号 as printed (full-width is fine)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l number -d '番号 as printed' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l branch -d '枝番 (2 digits; 1 becomes 01)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l acquired -d '資格取得年月日: 2025-04-01, 令和7年4月1日, R7.4.1 …' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l lost -d '資格喪失年月日, for a past qualification' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l role -d 'insured (本人・被保険者) or dependant (家族・被扶養者); default insured' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l burden -d '負担割合: 1, 2 or 3 (割)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l my-number-last4 -d 'The last 4 digits of the My Number, only if you want them kept. Never the full number' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l memo -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l from-json -d 'Read the values from a JSON file, or - for standard input, instead of the options (arguments are visible to other users in ps and kept in shell history)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -l on -d '資格喪失年月日, e.g. 2026-04-01 or 令和8年4月1日' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -s y -l yes
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a qualification from the 資格情報のお知らせ (or 資格確認書)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from help" -f -a "list" -d 'List qualifications: one member\'s, or the whole household\'s'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a qualification; fields not given stay as they are'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a qualification (資格喪失日), moving it to the member\'s history'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a qualification entered by mistake'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand qualification; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -f -a "set" -d 'Record a document; options not given keep what was recorded before'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -f -a "clear" -d 'Forget what was recorded for one kind'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -f -a "list" -d 'A member\'s documents with their expiry and state today'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and not __fish_seen_subcommand_from set clear list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l member -d 'The member it belongs to (see `member list`)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l kind -d 'card, ecert-auth, ecert-sign, phone, registration, kakuninsho, koureisha, legacy-card or zairyu' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l issued -d 'Issue date (for the registration: the day it was done), e.g. 2020-03-10 or 令和2年3月10日' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l expires -d 'The expiry date printed on the document (computed when not given)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l status -d 'For the registration: done, not-done or unknown' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l not-held -d 'The member does not have it'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l unknown -d 'Not known whether the member has it'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l member -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l kind -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -l member -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "set" -d 'Record a document; options not given keep what was recorded before'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Forget what was recorded for one kind'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "list" -d 'A member\'s documents with their expiry and state today'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand document; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l on -d 'The day to check (default today), e.g. 2027-03-01 or 令和9年3月1日' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l member -d 'Only this member (the household overview still considers everyone)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand status" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l member -d 'The member at the clinic' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l has-card -d 'Your answer where the records cannot tell: do you have a My Number Card?' -r -f -a "yes\t''
no\t''"
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l registered -d 'Your answer where the records cannot tell: is the card registered for health insurance?' -r -f -a "yes\t''
no\t''"
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l in-date -d 'Your answer where the records cannot tell: are the card and its certificate in date?' -r -f -a "yes\t''
no\t''"
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l recently-joined -d 'Your answer where the records cannot tell: did you join or change plans recently?' -r -f -a "yes\t''
no\t''"
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l my-number-given -d 'Your answer where the records cannot tell: was your My Number given to the employer or insurer?' -r -f -a "yes\t''
no\t''"
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand troubleshoot" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l member -d 'One member\'s sheet, with its card-sized cut-out (see `member list` for the ID)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -s o -l output -d 'The PDF file to write. It is replaced if it exists and readable by you only. Nothing personal goes into the name unless you type it' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l household -d 'The household overview and every member\'s sheet (the default)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l cutouts -d 'Add a sheet of card-sized cut-outs (up to 10 per A4 page) at the end'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand pdf" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l on -d 'The day to check (default today), e.g. 2026-12-01 or 令和8年12月1日' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l until -d 'List upcoming reminders up to this day (default: 400 days after --on)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -f -a "done" -d 'Mark a reminder done (see the list for its ID). After renewing a document, give its new printed expiry with --new-expiry'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -f -a "snooze" -d 'Remind again tomorrow (--for day) or in a week (--for week)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -f -a "dismiss" -d 'Never show this reminder again'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -f -a "lead-time" -d 'Show every kind\'s lead time, or set one: `lead-time expiry-first-notice 45`'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -f -a "names" -d 'Show or set whose names the calendar file and the desktop notifications carry: full (山田 太郎さん), given (太郎さん) or hidden (the relationship: お子さま)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and not __fish_seen_subcommand_from done snooze dismiss lead-time names help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -l new-expiry -d 'The renewed document\'s new expiry, e.g. 2031-11-30 or 令和13年11月30日' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -l for -r -f -a "day\t''
week\t''"
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from snooze" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from dismiss" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from dismiss" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from dismiss" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from dismiss" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from dismiss" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from dismiss" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from lead-time" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from lead-time" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from lead-time" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from lead-time" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from lead-time" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from lead-time" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from names" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from names" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from names" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from names" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from names" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from names" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a reminder done (see the list for its ID). After renewing a document, give its new printed expiry with --new-expiry'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from help" -f -a "snooze" -d 'Remind again tomorrow (--for day) or in a week (--for week)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from help" -f -a "dismiss" -d 'Never show this reminder again'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from help" -f -a "lead-time" -d 'Show every kind\'s lead time, or set one: `lead-time expiry-first-notice 45`'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from help" -f -a "names" -d 'Show or set whose names the calendar file and the desktop notifications carry: full (山田 太郎さん), given (太郎さん) or hidden (the relationship: お子さま)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand reminders; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -s o -l output -d 'The calendar file to write (.ics). It is replaced if it exists, readable by you only' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -l names -d 'Names in this file only: full, given or hidden (default: the household\'s choice, `reminders names`)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand ics" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -f -a "list" -d 'List the backups, newest first'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -f -a "create" -d 'Make a backup now (kept until you delete it)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -f -a "restore" -d 'Put a backup back. The current file is kept as `<file>.before-restore-<date>`'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and not __fish_seen_subcommand_from list create restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from list" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from list" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from list" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from create" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from create" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from create" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from create" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from restore" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from restore" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from restore" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from restore" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from restore" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the backups, newest first'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a backup now (kept until you delete it)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put a backup back. The current file is kept as `<file>.before-restore-<date>`'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -s o -l output -d 'The JSON file to write (replaced if it exists; readable by you only). It is not encrypted: keep it as carefully as the paper notices' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand export" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -l dry-run -d 'Check the file and say what would change, without changing anything'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand import" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -f -a "status" -d 'Say whether the database and its backups are encrypted (no passphrase needed)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -f -a "set" -d 'Encrypt the database and its backups with the passphrase in the environment variable (default: the one of --passphrase-env, HOKEN_TECHO_PASSPHRASE)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -f -a "change" -d 'Re-encrypt with a new passphrase (from HOKEN_TECHO_NEW_PASSPHRASE); the current one unlocks the database as usual'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -f -a "remove" -d 'Decrypt the database and its backups'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and not __fish_seen_subcommand_from status set change remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from status" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from status" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from status" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from status" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -l new-passphrase-env -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -l new-passphrase-env -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from remove" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from remove" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from help" -f -a "status" -d 'Say whether the database and its backups are encrypted (no passphrase needed)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from help" -f -a "set" -d 'Encrypt the database and its backups with the passphrase in the environment variable (default: the one of --passphrase-env, HOKEN_TECHO_PASSPHRASE)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from help" -f -a "change" -d 'Re-encrypt with a new passphrase (from HOKEN_TECHO_NEW_PASSPHRASE); the current one unlocks the database as usual'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Decrypt the database and its backups'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand encryption; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -f -a "load" -d 'Load a fictional household of 4 (only into an empty household)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -f -a "remove" -d 'Remove the demo household\'s members, also edited ones; nobody else is touched'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and not __fish_seen_subcommand_from load remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from load" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from load" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from load" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from load" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from load" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from remove" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from remove" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from remove" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load a fictional household of 4 (only into an empty household)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove the demo household\'s members, also edited ones; nobody else is touched'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand demo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -f -a "readers" -d 'List the connected card readers'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -f -a "read" -d 'Read the e-certificate\'s expiry and the PIN tries left from the card on a reader (no PIN is asked or spent); with --member, save the expiry for that member'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and not __fish_seen_subcommand_from readers read help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from readers" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from readers" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from readers" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from readers" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from readers" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from readers" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l reader -d 'The reader\'s exact name (see `card readers`); default: the first one a card is placed on' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l member -d 'Save the expiry as this member\'s 利用者証明用電子証明書 (read from the card)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l wait -d 'How long to wait for a card, in seconds' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -s y -l yes -d 'Save even when the date fits none of the member\'s dates (after checking it is their card)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "readers" -d 'List the connected card readers'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "read" -d 'Read the e-certificate\'s expiry and the PIN tries left from the card on a reader (no PIN is asked or spent); with --member, save the expiry for that member'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand card; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand insurer" -l db -d 'Database file (default: the desktop app\'s file in the platform data folder)' -r -F
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand insurer" -l lang -d 'Language of messages: ja or en (default: the household\'s choice in the app\'s settings, else the system\'s language)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand insurer" -l passphrase-env -d 'Name of the environment variable that holds the passphrase of an encrypted database (it is never read from the command line, where others could see it)' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand insurer" -l today -d 'Treat this date as today (YYYY-MM-DD); for scripts and tests' -r
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand insurer" -l json -d 'Print one JSON document (dates as YYYY-MM-DD) instead of text'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand insurer" -s h -l help -d 'Print help'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "member" -d 'Household members: add, list, show, edit, remove'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "qualification" -d 'Qualifications from the 資格情報のお知らせ: add, list, edit, end, remove'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "document" -d 'Documents per member (card, e-certs, 資格確認書 …): set, clear, list'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "status" -d 'What works on a date, what to bring to the clinic, and what to do next'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "troubleshoot" -d 'When the card reader at the clinic cannot confirm a member: questions and steps'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "pdf" -d 'Print the personal copy of the 資格情報のお知らせ as a PDF (A4 sheets, card cut-outs)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "reminders" -d 'Reminders due and upcoming; done, snooze, dismiss; lead times per kind'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "ics" -d 'Save the reminders as a calendar file (.ics) to import into any calendar app'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "backup" -d 'Backups next to the database: list, create, restore (a daily one is automatic)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "export" -d 'Save the whole household as a JSON file (docs/EXPORT_FORMAT.md)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "import" -d 'Replace the whole household with a JSON file\'s, after checking all of it'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "encryption" -d 'Encrypt the database and its backups with a passphrase: set, change, remove, status'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "demo" -d 'A fictional household to try the app with: load (into an empty household), remove'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "card" -d 'Read the 利用者証明用電子証明書\'s expiry from the My Number Card on a card reader (no PIN): readers, read [--member ID to save it]'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "insurer" -d 'Check a 保険者番号 and say what it is (exit status 0 if valid)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and not __fish_seen_subcommand_from member qualification document status troubleshoot pdf reminders ics backup export import encryption demo card insurer help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member and print it'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the household'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'Show one member'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "edit" -d 'Change a member; fields not given stay as they are'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member and everything recorded for them'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from qualification" -f -a "add" -d 'Add a qualification from the 資格情報のお知らせ (or 資格確認書)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from qualification" -f -a "list" -d 'List qualifications: one member\'s, or the whole household\'s'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from qualification" -f -a "edit" -d 'Change a qualification; fields not given stay as they are'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from qualification" -f -a "end" -d 'End a qualification (資格喪失日), moving it to the member\'s history'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from qualification" -f -a "remove" -d 'Delete a qualification entered by mistake'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from document" -f -a "set" -d 'Record a document; options not given keep what was recorded before'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from document" -f -a "clear" -d 'Forget what was recorded for one kind'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from document" -f -a "list" -d 'A member\'s documents with their expiry and state today'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from reminders" -f -a "done" -d 'Mark a reminder done (see the list for its ID). After renewing a document, give its new printed expiry with --new-expiry'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from reminders" -f -a "snooze" -d 'Remind again tomorrow (--for day) or in a week (--for week)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from reminders" -f -a "dismiss" -d 'Never show this reminder again'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from reminders" -f -a "lead-time" -d 'Show every kind\'s lead time, or set one: `lead-time expiry-first-notice 45`'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from reminders" -f -a "names" -d 'Show or set whose names the calendar file and the desktop notifications carry: full (山田 太郎さん), given (太郎さん) or hidden (the relationship: お子さま)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List the backups, newest first'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "create" -d 'Make a backup now (kept until you delete it)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "restore" -d 'Put a backup back. The current file is kept as `<file>.before-restore-<date>`'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from encryption" -f -a "status" -d 'Say whether the database and its backups are encrypted (no passphrase needed)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from encryption" -f -a "set" -d 'Encrypt the database and its backups with the passphrase in the environment variable (default: the one of --passphrase-env, HOKEN_TECHO_PASSPHRASE)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from encryption" -f -a "change" -d 'Re-encrypt with a new passphrase (from HOKEN_TECHO_NEW_PASSPHRASE); the current one unlocks the database as usual'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from encryption" -f -a "remove" -d 'Decrypt the database and its backups'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from demo" -f -a "load" -d 'Load a fictional household of 4 (only into an empty household)'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from demo" -f -a "remove" -d 'Remove the demo household\'s members, also edited ones; nobody else is touched'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "readers" -d 'List the connected card readers'
complete -c hoken-techo -n "__fish_hoken_techo_using_subcommand help; and __fish_seen_subcommand_from card" -f -a "read" -d 'Read the e-certificate\'s expiry and the PIN tries left from the card on a reader (no PIN is asked or spent); with --member, save the expiry for that member'
