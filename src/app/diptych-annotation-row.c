/* diptych-annotation-row.c: one mark in the list
 *
 * A row shows a mark's words, what it says (in the user's language) and the
 * article it belongs to, by file name; it follows the mark's changes itself,
 * so the list never rebuilds a row for an edit. An orphaned mark's row
 * carries its Re-attach and Delete buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-annotation-row"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "diptych-annotation-row.h"
#include "diptych-text.h"

struct _DiptychAnnotationRow
{
  GtkWidget          parent_instance;

  DiptychAnnotation *annotation;
  gulong             changed_handler;
  DiptychSide        side;
  char              *article;
  GString           *buffer;        /* the subtitle, formatted in place */
  GString           *description;
  int                shown_kind;    /* what the widgets show now; -1 for nothing */
  int                shown_anchor;

  GtkWidget         *kind_icons[3];  /* by kind */
  GtkLabel          *title;
  GtkLabel          *subtitle;
  GtkImage          *flag;
  GtkWidget         *reattach_button;
  GtkWidget         *delete_button;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationRow, diptych_annotation_row, GTK_TYPE_WIDGET)


/* The same words as the editor's choices. */
static const char * const outcomes[] = {
  NC_("casualty outcome", "killed"), NC_("casualty outcome", "injured"),
  NC_("casualty outcome", "missing"), NC_("casualty outcome", "detained"),
  NC_("casualty outcome", "displaced"), NC_("casualty outcome", "not stated"),
};
static const char * const qualifiers[] = {
  NC_("casualty qualifier", "exact"), NC_("casualty qualifier", "about"),
  NC_("casualty qualifier", "at least"), NC_("casualty qualifier", "at most"),
  NC_("casualty qualifier", "range"), NC_("casualty qualifier", "vague"),
};
static const char * const groups[] = {
  NC_("casualty group", "people"), NC_("casualty group", "civilians"),
  NC_("casualty group", "children"), NC_("casualty group", "women"),
  NC_("casualty group", "men"), NC_("casualty group", "fighters"),
  NC_("casualty group", "soldiers"), NC_("casualty group", "other"),
};
static const char * const source_types[] = {
  NC_("source type", "official"), NC_("source type", "military"), NC_("source type", "NGO"),
  NC_("source type", "media"), NC_("source type", "witness"), NC_("source type", "anonymous"),
  NC_("source type", "other"),
};
static const char * const verdicts[] = {
  NC_("claim verdict", "unverified"), NC_("claim verdict", "supported"),
  NC_("claim verdict", "disputed"), NC_("claim verdict", "false"),
};

#define NAME(list, context, value) \
  ((guint)(value) < G_N_ELEMENTS (list) ? g_dpgettext2 (GETTEXT_PACKAGE, context, list[value]) : "")

const char *
diptych_annotation_kind_title (DiptychAnnotationKind kind)
{
  switch (kind)
    {
    case DIPTYCH_ANNOTATION_SOURCE:   return _("Source");
    case DIPTYCH_ANNOTATION_CLAIM:    return _("Claim");
    case DIPTYCH_ANNOTATION_CASUALTY: return _("Casualty figure");
    default:                          g_return_val_if_reached ("");
    }
}

/* Appends what @annotation says to @out, without a string of its own for
 * each part: rows format it on every bind.
 */
static void
append_description (GString           *out,
                    DiptychAnnotation *annotation)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (annotation);
  const DiptychSource *s = diptych_annotation_get_source (annotation);

  switch (diptych_annotation_get_kind (annotation))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      g_string_append (out, NAME (outcomes, "casualty outcome", c->outcome));
      g_string_append (out, " · ");
      if (c->qualifier == DIPTYCH_QUALIFIER_RANGE && c->low != DIPTYCH_NO_NUMBER && c->high != DIPTYCH_NO_NUMBER)
        {
          char low[24], high[24];

          g_snprintf (low, sizeof low, "%" G_GINT64_FORMAT, c->low);
          g_snprintf (high, sizeof high, "%" G_GINT64_FORMAT, c->high);
          /* Translators: a range of casualties, "20–30" */
          g_string_append_printf (out, _("%s–%s"), low, high);
        }
      else if (c->value != DIPTYCH_NO_NUMBER && c->qualifier != DIPTYCH_QUALIFIER_EXACT)
        g_string_append_printf (out, "%s %" G_GINT64_FORMAT,
                                NAME (qualifiers, "casualty qualifier", c->qualifier), c->value);
      else if (c->value != DIPTYCH_NO_NUMBER)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, c->value);
      else if (c->raw != NULL && c->raw[0] != '\0')
        g_string_append (out, c->raw);
      else
        g_string_append (out, NAME (qualifiers, "casualty qualifier", c->qualifier));
      g_string_append (out, " · ");
      g_string_append (out, NAME (groups, "casualty group", c->group));
      break;
    case DIPTYCH_ANNOTATION_SOURCE:
      if (s->name != NULL && s->name[0] != '\0')
        {
          g_string_append (out, s->name);
          g_string_append (out, " · ");
        }
      g_string_append (out, NAME (source_types, "source type", s->type));
      break;
    case DIPTYCH_ANNOTATION_CLAIM:
      g_string_append (out, NAME (verdicts, "claim verdict", diptych_annotation_get_claim (annotation)->verdict));
      break;
    default:
      g_return_if_reached ();
    }
}

/**
 * diptych_annotation_describe:
 *
 * Returns: (transfer full): what @annotation says, in the user's words:
 *   "killed · at most 90 · people", "Syrian health officials · official"
 */
char *
diptych_annotation_describe (DiptychAnnotation *annotation)
{
  GString *out = g_string_new (NULL);

  append_description (out, annotation);
  return g_string_free (out, FALSE);
}

/* Rows are bound again for every screenful the list scrolls to: only what
 * differs from the mark shown before is touched (an icon, a tooltip or a
 * style class set again costs a new style and a new layout), and the
 * subtitle is formatted into the row's own buffer.
 */
static void
update (DiptychAnnotationRow *self)
{
  DiptychAnnotation *a = self->annotation;
  DiptychAnnotationKind kind = diptych_annotation_get_kind (a);
  DiptychAnchorStatus anchor = diptych_annotation_get_anchor (a);
  gboolean orphaned = anchor == DIPTYCH_ANCHOR_ORPHANED;
  gboolean flagged = anchor == DIPTYCH_ANCHOR_RELOCATED || anchor == DIPTYCH_ANCHOR_CHANGED;
  const char *exact;

  if (kind != self->shown_kind)
    {
      if (self->shown_kind >= 0)
        gtk_widget_set_visible (self->kind_icons[self->shown_kind], FALSE);
      gtk_widget_set_visible (self->kind_icons[kind], TRUE);
      self->shown_kind = kind;
    }

  exact = orphaned && diptych_annotation_get_previous_exact (a) ? diptych_annotation_get_previous_exact (a)
                                                                 : diptych_annotation_get_exact (a);
  /* Words marked across a wrapped line's break */
  if (strpbrk (exact, "\t\r\n") != NULL)
    {
      g_autofree char *line = diptych_utf8_one_line (exact);

      gtk_label_set_label (self->title, line);
    }
  else
    gtk_label_set_label (self->title, exact);

  g_string_truncate (self->description, 0);
  append_description (self->description, a);
  g_string_truncate (self->buffer, 0);
  /* Translators: "story.txt — killed · at most 90 · people" */
  g_string_append_printf (self->buffer, _("%s — %s"), self->article, self->description->str);
  gtk_label_set_label (self->subtitle, self->buffer->str);

  if (anchor == DIPTYCH_ANCHOR_CHANGED)
    {
      g_autofree char *tooltip = g_strdup_printf (_("The words changed: “%s” was marked"),
                                                  diptych_annotation_get_previous_exact (a));

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->flag), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->flag), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  if (anchor != self->shown_anchor)
    {
      self->shown_anchor = anchor;
      if (anchor == DIPTYCH_ANCHOR_RELOCATED)
        {
          gtk_image_set_from_icon_name (self->flag, "mark-location-symbolic");
          gtk_widget_remove_css_class (GTK_WIDGET (self->flag), "warning");
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->flag), _("Found again after the article changed"));
        }
      else if (anchor == DIPTYCH_ANCHOR_CHANGED)
        {
          gtk_image_set_from_icon_name (self->flag, "dialog-warning-symbolic");
          gtk_widget_add_css_class (GTK_WIDGET (self->flag), "warning");
        }
      gtk_widget_set_visible (GTK_WIDGET (self->flag), flagged);
      gtk_widget_set_visible (self->reattach_button, orphaned);
      gtk_widget_set_visible (self->delete_button, orphaned);
    }

  if (orphaned)
    {
      g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new ("(us)", self->side,
                                                                      diptych_annotation_get_id (a)));

      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->reattach_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reattach_button), "sidebar.reattach");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "sidebar.delete");
    }
}

void
diptych_annotation_row_bind (DiptychAnnotationRow *self,
                             DiptychAnnotation    *annotation,
                             DiptychSide           side,
                             const char           *article)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_ROW (self));
  g_return_if_fail (DIPTYCH_IS_ANNOTATION (annotation));

  diptych_annotation_row_unbind (self);
  self->annotation = g_object_ref (annotation);
  self->side = side;
  /* Most rows show the same two names: kept until another comes. */
  if (g_strcmp0 (self->article, article) != 0)
    {
      g_free (self->article);
      self->article = g_strdup (article);
    }
  self->changed_handler = g_signal_connect_object (annotation, "changed", G_CALLBACK (update), self,
                                                   G_CONNECT_SWAPPED);
  update (self);
}

void
diptych_annotation_row_unbind (DiptychAnnotationRow *self)
{
  g_return_if_fail (DIPTYCH_IS_ANNOTATION_ROW (self));

  if (self->annotation != NULL)
    g_clear_signal_handler (&self->changed_handler, self->annotation);
  g_clear_object (&self->annotation);
}

static void
diptych_annotation_row_dispose (GObject *object)
{
  DiptychAnnotationRow *self = (DiptychAnnotationRow *)object;

  diptych_annotation_row_unbind (self);
  g_clear_pointer (&self->article, g_free);
  if (self->buffer != NULL)
    g_string_free (g_steal_pointer (&self->buffer), TRUE);
  if (self->description != NULL)
    g_string_free (g_steal_pointer (&self->description), TRUE);
  gtk_widget_dispose_template (GTK_WIDGET (self), DIPTYCH_TYPE_ANNOTATION_ROW);
  /* GTK 4.8 leaves the children of the template that have no id. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (diptych_annotation_row_parent_class)->dispose (object);
}

static void
diptych_annotation_row_class_init (DiptychAnnotationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_annotation_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/diptych/Diptych/ui/diptych-annotation-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationrow");
  gtk_widget_class_bind_template_child_full (widget_class, "source_icon", FALSE,
                                             G_STRUCT_OFFSET (DiptychAnnotationRow, kind_icons[DIPTYCH_ANNOTATION_SOURCE]));
  gtk_widget_class_bind_template_child_full (widget_class, "claim_icon", FALSE,
                                             G_STRUCT_OFFSET (DiptychAnnotationRow, kind_icons[DIPTYCH_ANNOTATION_CLAIM]));
  gtk_widget_class_bind_template_child_full (widget_class, "casualty_icon", FALSE,
                                             G_STRUCT_OFFSET (DiptychAnnotationRow, kind_icons[DIPTYCH_ANNOTATION_CASUALTY]));
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationRow, title);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationRow, flag);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationRow, reattach_button);
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationRow, delete_button);
}

static void
diptych_annotation_row_init (DiptychAnnotationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->buffer = g_string_sized_new (128);
  self->description = g_string_sized_new (96);
  self->shown_kind = -1;
  self->shown_anchor = -1;
}

GtkWidget *
diptych_annotation_row_new (void)
{
  return g_object_new (DIPTYCH_TYPE_ANNOTATION_ROW, NULL);
}
