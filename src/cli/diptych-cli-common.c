/* diptych-cli-common.c: what diptych-cli and diptych-cli-full share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <sys/mman.h>
#endif

#include <glib/gi18n.h>

#include "diptych-cli.h"

/* Sets up the locale and the translations. */
void
diptych_cli_init (void)
{
  const char *localedir;

  setlocale (LC_ALL, "");
  /* DIPTYCH_LOCALEDIR lets tests use translations built in the build tree. */
  localedir = g_getenv ("DIPTYCH_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("diptych-cli");
}

void
diptych_cli_print_error (const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "diptych-cli: %s\n", message);
}

/**
 * diptych_cli_use_color:
 * @when: "auto", "always" or "never"
 * @fd: the file descriptor the output goes to
 *
 * Returns: whether to write ANSI colours; "auto" colours a terminal unless
 *   NO_COLOR is set or TERM is dumb
 */
gboolean
diptych_cli_use_color (const char  *when,
                       int          fd,
                       GError     **error)
{
  const char *term = g_getenv ("TERM");

  if (when == NULL || g_str_equal (when, "auto"))
    return isatty (fd) && g_getenv ("NO_COLOR") == NULL &&
           term != NULL && !g_str_equal (term, "dumb");
  if (g_str_equal (when, "always"))
    return TRUE;
  if (g_str_equal (when, "never"))
    return FALSE;

  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Invalid value “%s” for --color (expected auto, always or never)"), when);
  return FALSE;
}

/**
 * diptych_cli_option_context_new:
 * @command: the command's name, such as "diff"
 *
 * Returns: (transfer full): an option context whose usage line names the
 *   command: "diptych-cli diff [OPTION…] LEFT RIGHT"
 */
GOptionContext *
diptych_cli_option_context_new (const char *command)
{
  g_autofree char *name = g_strconcat ("diptych-cli ", command, NULL);
  GOptionContext *context;

  /* GOption writes the program's name in the usage line. */
  g_set_prgname (name);
  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  return context;
}

/**
 * diptych_cli_load_local:
 * @arg: a local file's name, or `-` for standard input
 *
 * Loads an article named on the command line with GLib alone. Besides
 * regular files, streams are read to their end: `-`, `/dev/stdin`, pipes
 * and `<(…)`.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
DiptychText *
diptych_cli_load_local (const char  *arg,
                        GError     **error)
{
  if (g_str_equal (arg, "-"))
    return diptych_text_new_from_fd (STDIN_FILENO, "-", error);
  return diptych_text_new_from_path (arg, error);
}

/* Huge pages cover 2 MiB: fewer than this would be a loss. */
#define HUGE_PAGE (2 * 1024 * 1024)

/**
 * diptych_cli_prepare_heap:
 * @paths: the files about to be read
 *
 * A diff of two long articles touches a few MiB of fresh heap, the texts
 * read in and its arrays, and each 4 KiB page costs a fault on first
 * touch: about a thousand on a 1 MB pair, as much time as the diff. This
 * grows the heap once by the room it will need (about four times the
 * input) and asks for transparent huge pages there, so that one fault maps
 * 2 MiB. Where the kernel does not give them (THP off) nothing changes:
 * pages grown into but never touched cost nothing. Only with glibc, whose
 * heap diptych-cli keeps its arrays on (see main()).
 */
void
diptych_cli_prepare_heap (const char * const *paths)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  gsize input = 0, room;
  guintptr start, end;
  void *block;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      struct stat st;

      if (stat (paths[i], &st) == 0 && S_ISREG (st.st_mode))
        input += st.st_size;
    }
  if (input < HUGE_PAGE / 4)
    return;

  room = MIN (8 * input, (gsize)32 * 1024 * 1024) + HUGE_PAGE;
  start = (guintptr)sbrk (0);
  block = malloc (room);
  if (block == NULL)
    return;
  free (block);  /* the heap keeps it: M_TRIM_THRESHOLD is higher */
  end = (guintptr)sbrk (0);

  start = (start + HUGE_PAGE - 1) & ~(guintptr)(HUGE_PAGE - 1);
  if (end > start + HUGE_PAGE)
    madvise ((void *)start, (end - start) & ~(guintptr)(HUGE_PAGE - 1), MADV_HUGEPAGE);
#endif
}
