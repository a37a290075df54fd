import type { Messages } from "../../../platform/i18n/messages";
import type { networkMapSv } from "./networkMap.sv";

export const networkMapEn: Messages<typeof networkMapSv> = {
  title: "Network map",
  backToCase: "Back to the case",
  intro:
    "The child in the centre, the private network on the left and the professional on the right. The closer to the child, the more important the relationship.",
  print: "Print",
  printHeading: "Network map of {{name}}",
  svgTitle: "Network map of {{name}}",
  svgDesc:
    "{{private}} people in the private network and {{professional}} in the professional network, in three rings by how close they are to the child. The lists below the map hold the same facts.",
  private: "Private network",
  professional: "Professional network",
  sectors: {
    family: "Family",
    relatives: "Relatives",
    friends: "Friends",
    leisure: "Leisure",
    school: "Preschool and school",
    social_services: "Social services",
    health: "Health care",
    other: "Other",
  },
  closeness: { "1": "1 – closest", "2": "2 – close", "3": "3 – further away" },
  noEntries: "No one here yet.",
  columns: {
    name: "Name",
    relation: "Relation",
    sector: "Sector",
    closeness: "Closeness",
    actions: "Actions",
  },
  remove: "Remove",
  removeLabel: "Remove {{name}} from the map",
  removed: "{{name}} has been removed from the map.",
  add: {
    title: "Add to the map",
    network: "Network",
    sector: "Sector",
    closeness: "Closeness",
    name: "Name",
    relation: "Relation",
    submit: "Add",
    done: "{{name}} has been added to the map.",
    hints: {
      name: "Enter a name.",
      relation: "The relation may be at most 200 characters.",
      sector: "Choose a sector.",
      closeness: "Choose how close to the child.",
    },
  },
};
