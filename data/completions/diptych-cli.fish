# fish completion for diptych-cli
# SPDX-License-Identifier: GPL-3.0-or-later

set -l commands diff validate reanchor export help

complete -c diptych-cli -f
complete -c diptych-cli -n "not __fish_seen_subcommand_from $commands" -a diff -d 'Compare two articles word by word'
complete -c diptych-cli -n "not __fish_seen_subcommand_from $commands" -a validate -d 'Check annotation sidecars against their articles'
complete -c diptych-cli -n "not __fish_seen_subcommand_from $commands" -a reanchor -d 'Rewrite sidecars after their articles were edited'
complete -c diptych-cli -n "not __fish_seen_subcommand_from $commands" -a export -d 'Export annotations'
complete -c diptych-cli -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show the commands or the options of one'
complete -c diptych-cli -n "not __fish_seen_subcommand_from $commands" -l version -d 'Show the version'
complete -c diptych-cli -n "__fish_seen_subcommand_from help" -a "diff validate reanchor export"

complete -c diptych-cli -n "__fish_seen_subcommand_from diff" -F
complete -c diptych-cli -n "__fish_seen_subcommand_from diff" -l json -d 'Print the changes as JSON'
complete -c diptych-cli -n "__fish_seen_subcommand_from diff" -l ignore -x -a "content punctuation typography layout" -d 'Hide these change classes'
complete -c diptych-cli -n "__fish_seen_subcommand_from diff" -l color -f -a "auto always never" -d 'Colour the word diff (--color=WHEN)'

complete -c diptych-cli -n "__fish_seen_subcommand_from validate reanchor export" -F
complete -c diptych-cli -n "__fish_seen_subcommand_from validate" -l json -d 'Print the reports as JSON'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -s f -l format -x -a "csv w3c brat doccano" -d 'Export format'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -s o -l output -x -a "(__fish_complete_directories)" -d 'Folder to write into'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -l annotator -x -d 'Creator of the annotations in w3c'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -l language -x -d 'Language of the articles (BCP 47)'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -l csv-bom -d 'Start csv with a byte-order mark'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -l brat-lf -d 'Write brat text with LF line ends'
complete -c diptych-cli -n "__fish_seen_subcommand_from export" -l doccano-relations -d 'Write entities and relations'
