# bash completion for diptych-cli                       -*- shell-script -*-
# SPDX-License-Identifier: GPL-3.0-or-later

_diptych_cli ()
{
  local cur prev command i
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${COMP_WORDS[i]}" in
      -*) ;;
      *) command="${COMP_WORDS[i]}"; break ;;
    esac
  done

  if [ -z "$command" ]; then
    COMPREPLY=($(compgen -W "diff validate reanchor export help --help --version" -- "$cur"))
    return
  fi

  case "$command" in
    help)
      COMPREPLY=($(compgen -W "diff validate reanchor export" -- "$cur"))
      ;;
    diff)
      case "$prev" in
        --ignore) COMPREPLY=($(compgen -W "content punctuation typography layout" -- "$cur")); return ;;
      esac
      case "$cur" in
        --color=*) COMPREPLY=($(compgen -W "auto always never" -- "${cur#--color=}")); return ;;
        -*) COMPREPLY=($(compgen -W "--json --ignore --color --color= --help" -- "$cur")); return ;;
      esac
      COMPREPLY=($(compgen -f -- "$cur"))
      ;;
    validate|reanchor)
      case "$cur" in
        -*) COMPREPLY=($(compgen -W "--json --help" -- "$cur")); return ;;
      esac
      COMPREPLY=($(compgen -f -X '!*.annotations.json' -- "$cur") $(compgen -d -- "$cur"))
      ;;
    export)
      case "$prev" in
        --format|-f) COMPREPLY=($(compgen -W "csv w3c brat doccano" -- "$cur")); return ;;
        --output|-o) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --annotator|--language) return ;;
      esac
      case "$cur" in
        -*) COMPREPLY=($(compgen -W "--format --output --annotator --language --csv-bom --brat-lf --doccano-relations --help" -- "$cur")); return ;;
      esac
      COMPREPLY=($(compgen -f -X '!*.annotations.json' -- "$cur") $(compgen -d -- "$cur"))
      ;;
  esac
}
complete -o filenames -F _diptych_cli diptych-cli
