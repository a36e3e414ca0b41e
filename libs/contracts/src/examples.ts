/**
 * Ids shared by the registry's examples, so that the examples tell one story:
 * Shangluo's 4th city committee term (四届市委), its 10th round (第十轮), team 1
 * at the city finance bureau (商洛市财政局) and team 2 at a Shangzhou district
 * bureau inspected one level up (提级巡察).
 */
export const EXAMPLE_IDS = {
  termPlan: '54d5fe0e-cb01-417b-bcc8-5bf2b73e4fc3',
  round: '7285f208-0adf-4566-9b57-be9bc5c9184e',
  team1: 'bb7ca0d7-e97d-4524-a3d1-582eb2579265',
  team1Leader: '4d9a92e8-3eae-424b-a88f-29cb5217494c',
  team1Deputy: 'c66b7a2e-68f7-48d1-bb0f-c5805ee23c6e',
  team1Liaison: '1b076487-a42f-401c-b5e3-f70324302c45',
  team1Members: ['5728ba90-74a2-4c26-9466-78da59e4a7c5', 'fde36f97-8e7c-4113-8022-82c79624c0ad'],
  team2: 'd7ff49a0-028f-4b1c-ae49-42ec8f2e99b4',
  team2Leader: 'b46459c4-0295-493e-9e35-891cadb817ac',
  team2Deputy: '07015526-ef34-4807-a740-350c12bc6950',
  team2Liaison: 'ee39883d-35fd-4528-a99d-a74206a65c31',
  team2Members: ['709ecbef-758f-48e6-b02c-f78f21407491', '2ae6ae59-445b-40b6-99f3-659b6298cbb5'],
  /** 商洛市财政局 */
  financeBureau: '6e067f1f-b26b-4e9c-8a78-63c48d173af8',
  /** 商州区自然资源局 */
  naturalResourcesBureau: '639432fe-0153-46c1-a6b8-4d4354832ade',
  /** 商洛市市场监督管理局, formed by the 2018 institutional reform */
  marketRegulationBureau: 'ed991e32-d47f-4e2a-be54-00fcec94d2fe',
  /** 商洛市工商行政管理局 and 商洛市食品药品监督管理局, merged into it */
  mergedBureaus: ['7e6adadf-565c-4186-ae87-7d167eb2f188', 'bc000130-6537-475b-b26f-7ebcfd40a650'],
  /** 商洛市文化广电新闻出版局, split by the reform */
  cultureBureau: 'd6ee64bd-52d2-4ddf-9206-a6ae332fb0a0',
  cultureSuccessors: [
    'c7fd297d-333e-49ab-aeb8-61fa72e05dc5',
    'e5901353-df1e-4a8f-81ac-0b62321363fe',
  ],
  /** 商洛市粮食局, abolished */
  grainBureau: '950b0784-07b0-48e1-9c51-1278d65af357',
  inspection: 'af53e459-abbb-4879-afa4-b10de3653047',
  feedback: '2f03a040-40ee-4bcd-b35c-05ac47914548',
  finding1: '3132f55e-49c9-42d4-9df2-f471ffb704ea',
  finding2: '25accc1f-0175-48d0-9264-164af9ddb8a1',
  directive: 'e4af855d-60b9-442a-a129-3747b0d594e8',
  resultUse: '1eaeed35-3870-42b6-adf3-e42eea947f06',
  immediateItem: '18e4f43d-dcb5-492d-8ef1-d577b5b0d7e6',
  clue: '694e479d-0a42-4c45-b392-ce3d71e400da',
  rectificationCase: '77fd2808-d5a4-4ee1-aba4-2c22bb4fdac4',
  rectificationItem1: '1065d485-59c3-4a87-985d-0475dc3d6208',
  rectificationItem2: 'cb971e8d-f2a4-43f2-b80e-0a3f7300489e',
} as const;
