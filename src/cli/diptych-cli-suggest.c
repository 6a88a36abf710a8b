/* diptych-cli-suggest.c: `diptych-cli suggest [--json] FILE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "diptych-cli-full.h"
#include "diptych-detect.h"
#include "diptych-text-file.h"

/* JSON by hand, a suggestion at a time: a builder's tree of a megabyte
 * article's suggestions cost more than finding them.
 */
static void
append_json_string (GString    *out,
                    const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_member (GString    *out,
               const char *name,
               const char *str)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (str == NULL)
    g_string_append (out, "null");
  else
    append_json_string (out, str);
}

static void
append_number (GString    *out,
               const char *name,
               gint64      value)
{
  if (value == DIPTYCH_NO_NUMBER)
    g_string_append_printf (out, ", \"%s\": null", name);
  else
    g_string_append_printf (out, ", \"%s\": %" G_GINT64_FORMAT, name, value);
}

static void
print_json (const char  *file,
            DiptychText *text,
            GPtrArray   *suggestions)
{
  g_autoptr(GString) out = g_string_sized_new (4096);

  g_string_append (out, "{\"file\": ");
  append_json_string (out, file);
  g_string_append_printf (out, ", \"chars\": %" G_GSIZE_FORMAT ", \"suggestions\": [",
                          diptych_text_get_n_chars (text));

  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);

      g_string_append (out, i > 0 ? ", {\"id\": " : "{\"id\": ");
      append_json_string (out, s->id);
      append_member (out, "kind", diptych_annotation_kind_to_string (s->kind));
      g_string_append_printf (out, ", \"start\": %" G_GSIZE_FORMAT ", \"end\": %" G_GSIZE_FORMAT,
                              s->start, s->end);
      append_member (out, "text", s->text);

      switch (s->kind)
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          g_string_append (out, ", \"casualty\": {\"outcome\": ");
          append_json_string (out, diptych_outcome_to_string (s->casualty.outcome));
          append_number (out, "value", s->casualty.value);
          append_number (out, "low", s->casualty.low);
          append_number (out, "high", s->casualty.high);
          append_member (out, "qualifier", diptych_qualifier_to_string (s->casualty.qualifier));
          append_member (out, "group", diptych_group_to_string (s->casualty.group));
          append_member (out, "subset_of", s->casualty.subset_of);
          append_member (out, "source", s->casualty.source);
          g_string_append_c (out, '}');
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          g_string_append (out, ", \"source\": {\"name\": ");
          append_json_string (out, s->source.name);
          append_member (out, "type", diptych_source_type_to_string (s->source.type));
          g_string_append_c (out, '}');
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          g_string_append (out, ", \"claim\": {\"speaker\": ");
          if (s->claim.speaker == NULL)
            g_string_append (out, "null");
          else
            append_json_string (out, s->claim.speaker);
          g_string_append_c (out, '}');
          break;
        default:
          g_assert_not_reached ();
        }
      g_string_append_c (out, '}');

      if (out->len > 3500)
        {
          fwrite (out->str, 1, out->len, stdout);
          g_string_truncate (out, 0);
        }
    }
  g_string_append (out, "]}\n");
  fwrite (out->str, 1, out->len, stdout);
}

static void
print_number (GString    *out,
              const char *name,
              gint64      value)
{
  if (value != DIPTYCH_NO_NUMBER)
    g_string_append_printf (out, " %s=%" G_GINT64_FORMAT, name, value);
}

/* One line a suggestion: "s3  casualty  144–170  “killing at least 37 people”  …" */
static void
print_list (const char  *file,
            GPtrArray   *suggestions,
            gboolean     with_name)
{
  if (with_name)
    printf ("%s:\n", file);
  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *flat = g_strdup (s->text);

      g_strdelimit (flat, "\r\n\t", ' ');
      g_string_append_printf (line, "%-5s %-8s %6" G_GSIZE_FORMAT "–%-6" G_GSIZE_FORMAT " “%s”",
                              s->id, diptych_annotation_kind_to_string (s->kind), s->start, s->end, flat);
      switch (s->kind)
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          g_string_append_printf (line, "  %s %s %s",
                                  diptych_outcome_to_string (s->casualty.outcome),
                                  diptych_qualifier_to_string (s->casualty.qualifier),
                                  diptych_group_to_string (s->casualty.group));
          print_number (line, "value", s->casualty.value);
          print_number (line, "low", s->casualty.low);
          print_number (line, "high", s->casualty.high);
          if (s->casualty.subset_of != NULL)
            g_string_append_printf (line, " %s=%s", _("part of"), s->casualty.subset_of);
          if (s->casualty.source != NULL)
            g_string_append_printf (line, " %s=%s", _("source"), s->casualty.source);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          g_string_append_printf (line, "  %s", diptych_source_type_to_string (s->source.type));
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          if (s->claim.speaker != NULL)
            g_string_append_printf (line, "  %s=%s", _("speaker"), s->claim.speaker);
          break;
        default:
          g_assert_not_reached ();
        }
      printf ("%s%s\n", with_name ? "  " : "", line->str);
    }
  if (suggestions->len == 0)
    printf ("%s%s\n", with_name ? "  " : "", _("No suggestions."));
}

/**
 * diptych_cli_suggest:
 *
 * Prints the detectors' suggestions for each article. Exit status as
 * diff(1): 0 when nothing was suggested, 1 when something was, 2 on
 * trouble (a file that could not be read; the others are still done).
 */
int
diptych_cli_suggest (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  gboolean trouble = FALSE, found = FALSE;
  guint n_files;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the suggestions as JSON, one object a line for each file"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Suggest casualty figures, cited sources and their claims in articles.\n\n"
      "The suggestions are found by rules and word lists; each has a kind\n"
      "(casualty, source, claim), a span in code points and the attributes an\n"
      "annotation of that kind has. Figures and claims name their source by id.\n\n"
      "Exit status: 0 when nothing was suggested, 1 when something was,\n"
      "2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  n_files = files != NULL ? g_strv_length (files) : 0;
  if (n_files == 0)
    {
      diptych_cli_print_error ("%s", _("suggest needs at least one file"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  for (guint f = 0; f < n_files; f++)
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(DiptychText) text = diptych_text_new_for_commandline_arg (files[f], &load_error);
      g_autoptr(GPtrArray) suggestions = NULL;

      if (text == NULL)
        {
          diptych_cli_print_error ("%s", load_error->message);
          trouble = TRUE;
          continue;
        }

      suggestions = diptych_detect_suggestions (text, NULL);
      found |= suggestions->len > 0;

      if (json)
        {
          print_json (files[f], text, suggestions);
        }
      else
        print_list (files[f], suggestions, n_files > 1);
    }

  if (fflush (stdout) != 0)
    {
      diptych_cli_print_error ("%s", _("Could not write the output"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (trouble)
    return DIPTYCH_CLI_EXIT_TROUBLE;
  return found ? DIPTYCH_CLI_EXIT_DIFFER : DIPTYCH_CLI_EXIT_OK;
}
