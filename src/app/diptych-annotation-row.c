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

#include <glib/gi18n.h>

#include "diptych-annotation-row.h"

struct _DiptychAnnotationRow
{
  GtkWidget          parent_instance;

  DiptychAnnotation *annotation;
  gulong             changed_handler;
  DiptychSide        side;
  char              *article;

  GtkImage          *kind_icon;
  GtkLabel          *title;
  GtkLabel          *subtitle;
  GtkImage          *flag;
  GtkWidget         *reattach_button;
  GtkWidget         *delete_button;
};

G_DEFINE_FINAL_TYPE (DiptychAnnotationRow, diptych_annotation_row, GTK_TYPE_WIDGET)

static const char *kind_icons[] = { "avatar-default-symbolic", "document-edit-symbolic", "emblem-important-symbolic" };

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

/**
 * diptych_annotation_describe:
 *
 * Returns: (transfer full): what @annotation says, in the user's words:
 *   "killed · at most 90 · people", "Syrian health officials · official"
 */
char *
diptych_annotation_describe (DiptychAnnotation *annotation)
{
  const DiptychCasualty *c = diptych_annotation_get_casualty (annotation);
  const DiptychSource *s = diptych_annotation_get_source (annotation);

  switch (diptych_annotation_get_kind (annotation))
    {
    case DIPTYCH_ANNOTATION_CASUALTY:
      {
        g_autofree char *amount = NULL;

        if (c->qualifier == DIPTYCH_QUALIFIER_RANGE && c->low != DIPTYCH_NO_NUMBER && c->high != DIPTYCH_NO_NUMBER)
          {
            g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, c->low);
            g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, c->high);

            /* Translators: a range of casualties, "20–30" */
            amount = g_strdup_printf (_("%s–%s"), low, high);
          }
        else if (c->value != DIPTYCH_NO_NUMBER && c->qualifier != DIPTYCH_QUALIFIER_EXACT)
          amount = g_strdup_printf ("%s %" G_GINT64_FORMAT,
                                    NAME (qualifiers, "casualty qualifier", c->qualifier), c->value);
        else if (c->value != DIPTYCH_NO_NUMBER)
          amount = g_strdup_printf ("%" G_GINT64_FORMAT, c->value);
        else if (c->raw != NULL && c->raw[0] != '\0')
          amount = g_strdup (c->raw);
        else
          amount = g_strdup (NAME (qualifiers, "casualty qualifier", c->qualifier));
        return g_strdup_printf ("%s · %s · %s", NAME (outcomes, "casualty outcome", c->outcome), amount,
                                NAME (groups, "casualty group", c->group));
      }
    case DIPTYCH_ANNOTATION_SOURCE:
      if (s->name == NULL || s->name[0] == '\0')
        return g_strdup (NAME (source_types, "source type", s->type));
      return g_strdup_printf ("%s · %s", s->name, NAME (source_types, "source type", s->type));
    case DIPTYCH_ANNOTATION_CLAIM:
      return g_strdup (NAME (verdicts, "claim verdict", diptych_annotation_get_claim (annotation)->verdict));
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
update (DiptychAnnotationRow *self)
{
  DiptychAnnotation *a = self->annotation;
  DiptychAnchorStatus anchor = diptych_annotation_get_anchor (a);
  g_autofree char *description = diptych_annotation_describe (a);
  g_autofree char *subtitle = NULL;
  gboolean orphaned = anchor == DIPTYCH_ANCHOR_ORPHANED;

  /* Translators: "story.txt — killed · at most 90 · people" */
  subtitle = g_strdup_printf (_("%s — %s"), self->article, description);
  gtk_image_set_from_icon_name (self->kind_icon, kind_icons[diptych_annotation_get_kind (a)]);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon),
                               diptych_annotation_kind_title (diptych_annotation_get_kind (a)));
  gtk_label_set_label (self->title, orphaned && diptych_annotation_get_previous_exact (a)
                                    ? diptych_annotation_get_previous_exact (a)
                                    : diptych_annotation_get_exact (a));
  gtk_label_set_label (self->subtitle, subtitle);

  gtk_widget_remove_css_class (GTK_WIDGET (self->flag), "warning");
  if (anchor == DIPTYCH_ANCHOR_RELOCATED)
    {
      gtk_image_set_from_icon_name (self->flag, "mark-location-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->flag), _("Found again after the article changed"));
    }
  else if (anchor == DIPTYCH_ANCHOR_CHANGED)
    {
      g_autofree char *tooltip = g_strdup_printf (_("The words changed: “%s” was marked"),
                                                  diptych_annotation_get_previous_exact (a));

      gtk_image_set_from_icon_name (self->flag, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->flag), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->flag), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->flag), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->flag),
                          anchor == DIPTYCH_ANCHOR_RELOCATED || anchor == DIPTYCH_ANCHOR_CHANGED);

  gtk_widget_set_visible (self->reattach_button, orphaned);
  gtk_widget_set_visible (self->delete_button, orphaned);
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
  self->article = g_strdup (article);
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
  g_clear_pointer (&self->article, g_free);
}

static void
diptych_annotation_row_dispose (GObject *object)
{
  DiptychAnnotationRow *self = (DiptychAnnotationRow *)object;

  diptych_annotation_row_unbind (self);
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
  gtk_widget_class_bind_template_child (widget_class, DiptychAnnotationRow, kind_icon);
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
}

GtkWidget *
diptych_annotation_row_new (void)
{
  return g_object_new (DIPTYCH_TYPE_ANNOTATION_ROW, NULL);
}
